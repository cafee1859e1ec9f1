using Cms.Search.Analysis.Common;

namespace Cms.Search.Tests.Analysis;

public sealed class TermNormalizerTests
{
    [Theory]
    [InlineData("ᲗᲑᲘᲚᲘᲡᲘ", "თბილისი")]
    [InlineData("თბილისი", "თბილისი")]
    [InlineData("Ёлка", "елка")]
    [InlineData("уда\u0301рение", "ударение")]
    [InlineData("ѐлка", "елка")]
    [InlineData("КӨЛ", "көл")]
    [InlineData("ҮЙ", "үй")]
    [InlineData("ЖАҢЫ", "жаңы")]
    [InlineData("Issyk-Kul", "issyk-kul")]
    [InlineData("и\u0306", "й")]
    public void Normalizes(string input, string expected) => Assert.Equal(expected, TermNormalizer.Normalize(input));

    [Fact]
    public void Kyrgyz_letters_stay_their_own()
    {
        Assert.NotEqual(TermNormalizer.Normalize("көл"), TermNormalizer.Normalize("кол"));
        Assert.NotEqual(TermNormalizer.Normalize("үй"), TermNormalizer.Normalize("уй"));
        Assert.NotEqual(TermNormalizer.Normalize("жаңы"), TermNormalizer.Normalize("жаны"));
    }

    [Fact]
    public void Georgian_is_never_upper_cased()
    {
        foreach (var c in "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ")
        {
            var normalized = TermNormalizer.Normalize(c.ToString());
            Assert.All(normalized, ch => Assert.False(ch is >= '\u1C90' and <= '\u1CBF', "Mtavruli in output"));
        }
    }
}
