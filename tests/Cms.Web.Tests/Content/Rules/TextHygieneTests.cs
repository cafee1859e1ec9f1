using Cms.Web.Content.Rules;

namespace Cms.Web.Tests.Content.Rules;

public sealed class TextHygieneTests
{
    [Fact]
    public void Noncharacters_lone_surrogates_and_controls_are_refused()
    {
        // Not [InlineData]: xunit's test discovery would replace lone surrogates with U+FFFD.
        string[] bad = ["a\uFFFEb", "a\uFFFF", "\uFDD0", "\uFDEF", "a\U0001FFFEb", "a\U0010FFFF", "a\uD800b", "a\uDC00", "\uD800", "b\uDBFF", "a\u0000b", "a\u001Bb", "a\u007Fb", "a\u0085b"];

        Assert.All(bad, text => Assert.NotNull(TextHygiene.Problem(text, multiline: true)));
    }

    [Theory]
    [InlineData("Ош, Кыргызстан")]
    [InlineData("ჩვენ — ბერლინი (IWO)")]
    [InlineData("ң ө ү Ң Ө Ү")]
    [InlineData("emoji 😀 and \U0001F600")]
    [InlineData("tab\there")]
    [InlineData("\uFDCF \uFDF0 \uFFFD")]
    [InlineData("zero\u200Bwidth")]
    public void Ordinary_text_is_clean(string text)
    {
        Assert.Null(TextHygiene.Problem(text, multiline: false));
    }

    [Fact]
    public void Line_breaks_are_allowed_only_in_multiline_text()
    {
        Assert.Null(TextHygiene.Problem("a\r\nb\nc", multiline: true));
        Assert.NotNull(TextHygiene.Problem("a\nb", multiline: false));
    }

    [Fact]
    public void Clean_replaces_what_is_refused_by_a_space_and_keeps_the_rest()
    {
        Assert.Equal("a b c d 😀\tе\nf", TextHygiene.Clean("a\uFFFEb\uD800c\u0000d 😀\tе\nf"));
        Assert.Equal("tag: ", TextHygiene.Clean("tag:\uFFFF"));
    }

    [Fact]
    public void The_message_names_the_code_point_and_where()
    {
        Assert.Equal("holds a Unicode noncharacter (U+FFFE at character 2); remove it", TextHygiene.Problem("a\uFFFE", multiline: false));
    }
}
