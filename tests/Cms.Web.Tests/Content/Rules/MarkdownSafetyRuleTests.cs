using System.Diagnostics;
using Cms.Web.Content.Rules;
using Cms.Web.Markdown;

namespace Cms.Web.Tests.Content.Rules;

public sealed class MarkdownSafetyRuleTests
{
    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    public static TheoryData<string> Hostile() => new()
    {
        Repeat("> ", 128) + "x",
        Repeat("[", 128) + "x",
        Repeat("- ", 128) + "x",
        Repeat("1. ", 128) + "x",
        Repeat("> - ", 64) + "x",
        string.Concat(Enumerable.Range(0, 128).Select(i => new string(' ', 2 * i) + "- x\n")),
        Repeat("[a ", 200),
        Repeat("*a* ", 8000),
        Repeat("www.a.b ", 60000),
        Repeat("[a](http://x) ", 1001),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_bodies_are_refused_quickly(string body)
    {
        var clock = Stopwatch.StartNew();
        var violation = MarkdownSafety.Check(body);

        Assert.NotNull(violation);
        Assert.Equal("body", violation.Field);
        Assert.True(clock.ElapsedMilliseconds < 1000, $"{clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void The_line_of_the_problem_is_reported()
    {
        var violation = MarkdownSafety.Check("Intro.\n\n" + Repeat("> ", 40) + "deep");

        Assert.Equal(3, violation?.Line);
        Assert.StartsWith("Line 3 of the text: block quotes or lists are nested 40 deep", violation?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Plain text with a [link](https://example.org) and **bold**.")]
    [InlineData("> quote\n> > nested\n\n- a\n  - b\n    - c\n\n1. one\n2. two")]
    [InlineData("Цена: 2*3*4 = 24, snake_case_name, C++ и +996 555 000 000, ~5 km, x^2")]
    [InlineData("* * *\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |")]
    public void Ordinary_markdown_passes(string body)
    {
        Assert.Null(MarkdownSafety.Check(body));
    }

    [Fact]
    public void Limits_hold_up_to_their_value()
    {
        Assert.Null(MarkdownSafety.Check(Repeat("> ", 32) + "x"));
        Assert.NotNull(MarkdownSafety.Check(Repeat("> ", 33) + "x"));
        Assert.Null(MarkdownSafety.Check(Repeat("[", 32) + "x"));
        Assert.NotNull(MarkdownSafety.Check(Repeat("[", 33) + "x"));
        Assert.Null(MarkdownSafety.Check(Repeat("www.a.b ", 1000)));
        Assert.NotNull(MarkdownSafety.Check(Repeat("www.a.b ", 1001)));
        Assert.Null(MarkdownSafety.Check(Repeat("[a](https://x.org) ", 1000)));
        Assert.NotNull(MarkdownSafety.Check(Repeat("[a](https://x.org) ", 1001)));
        Assert.NotNull(MarkdownSafety.Check(Repeat("[a](https://x.org) www.a.b ", 501)));
        Assert.Null(MarkdownSafety.Check(Repeat("[a ", 32) + "\n\n" + Repeat("[a ", 32)));
    }

    [Fact]
    public void What_passes_at_the_limits_renders_quickly()
    {
        var renderer = new MarkdownRenderer();
        foreach (var body in new[] { Repeat("> ", 32) + "x", Repeat("[", 32) + "x", Repeat("- ", 32) + "x", Repeat("www.a.b ", 1000), Repeat("*a* ", 1000), Repeat("www.a.b ", 1000) + Repeat("w ", 60_000) })
        {
            Assert.Null(MarkdownSafety.Check(body));
            var clock = Stopwatch.StartNew();
            renderer.ToHtml(body);
            Assert.True(clock.ElapsedMilliseconds < 2000, $"{body[..20]}: {clock.ElapsedMilliseconds} ms");
        }
    }

    [Fact]
    public void The_renderer_turns_any_Markdig_failure_into_one_exception()
    {
        var renderer = new MarkdownRenderer();

        Assert.Throws<MarkdownRenderException>(() => renderer.ToHtml(Repeat("> ", 128) + "x"));
        Assert.Throws<MarkdownRenderException>(() => renderer.ToHtml(Repeat("[", 128) + "x"));
        Assert.Contains("<pre class=\"unrendered\">", renderer.ToHtmlOrPlain(Repeat("[", 128) + "x"), StringComparison.Ordinal);
        Assert.StartsWith("[[[", renderer.ToPlainTextOrSource(Repeat("[", 128) + "x"), StringComparison.Ordinal);
    }
}
