using AngleSharp.Html.Parser;
using Cms.Web.Markdown;

namespace Cms.Web.Tests.Markdown;

/// <summary>OWASP XSS filter-evasion vectors, written the ways an author could put them in Markdown.</summary>
public sealed class MarkdownSafetyTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string> Vectors => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg/onload=alert('XSS')>",
        "<body onload=alert('XSS')>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
        "<div style=\"background-image: url(javascript:alert(1))\">x</div>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](  javascript:alert(1))",
        "[click](java\tscript:alert(1))",
        "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "[click](&#x6A;avascript:alert(1))",
        "[click](javascript&colon;alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "<javascript:alert(1)>",
        "[x](<javascript:alert(1)>)",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "[x](\"onmouseover=\"alert(1))",
        "[x](https://ok.example/\"onmouseover=\"alert(1))",
        "![x\" onerror=\"alert(1)](https://ok.example/a.png)",
        "`<script>`",
        "<a href=\"#\" onclick=\"alert(1)\">x</a>",
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Output_carries_no_script(string markdown)
    {
        var html = Renderer.ToHtml(markdown);
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");

        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.NotEqual("SCRIPT", element.TagName);
            Assert.NotEqual("IFRAME", element.TagName);
            Assert.NotEqual("svg", element.LocalName);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} in {html}");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src")
                {
                    var value = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
                    Assert.DoesNotMatch("(?i)^(javascript|vbscript|data):", value);
                }
            }
        }
    }

    [Theory]
    [InlineData("[a](https://example.org/x)", "href=\"https://example.org/x\"")]
    [InlineData("[a](http://example.org)", "href=\"http://example.org\"")]
    [InlineData("[a](mailto:press@example.org)", "href=\"mailto:press@example.org\"")]
    [InlineData("[a](/ru/news/x)", "href=\"/ru/news/x\"")]
    [InlineData("[a](../x?y=1:2#z)", "href=\"../x?y=1:2#z\"")]
    [InlineData("![alt](/media/a.png)", "src=\"/media/a.png\"")]
    [InlineData("<press@example.org>", "href=\"mailto:press@example.org\"")]
    public void Safe_links_and_images_survive(string markdown, string expected) =>
        Assert.Contains(expected, Renderer.ToHtml(markdown), StringComparison.Ordinal);

    [Fact]
    public void Unsafe_link_keeps_its_text()
    {
        var html = Renderer.ToHtml("[Кликни](javascript:alert(1))");

        Assert.Contains("Кликни", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Footnotes_render()
    {
        var html = Renderer.ToHtml("Текст[^1].\n\n[^1]: Эскертүү.");

        Assert.Contains("class=\"footnotes\"", html, StringComparison.Ordinal);
    }
}
