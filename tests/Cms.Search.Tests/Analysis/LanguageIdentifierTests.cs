using Cms.Search.Analysis;

namespace Cms.Search.Tests.Analysis;

public sealed class LanguageIdentifierTests
{
    [Theory]
    [InlineData("Сегодня 22 августа в городе Ош состоялось первое заседание диалоговой площадки", "ru")]
    [InlineData("Бүгүн, 22-августа Ош шаарында диалог аянтчасынын биринчи жыйыны өтүп", "ky")]
    [InlineData("Иш-чара Бишкекте жана Ошто болот", "ky")]
    [InlineData("საერთაშორისო სემინარი თბილისში", "ka")]
    [InlineData("ᲗᲑᲘᲚᲘᲡᲘ", "ka")]
    [InlineData("WhatsApp GFA Consulting", null)]
    [InlineData("123 456", null)]
    [InlineData("", null)]
    public void Identifies_the_language_of_a_text(string text, string? expected) =>
        Assert.Equal(expected, LanguageIdentifier.Identify(text));

    [Theory]
    [InlineData("көл", "ky")]
    [InlineData("конуш", "ru ky")]
    [InlineData("жана конуштарда", "ky ru")]
    [InlineData("თბილისი", "ka")]
    [InlineData("Tbilisi", "")]
    public void Lists_the_candidate_languages_of_a_query(string query, string expected) =>
        Assert.Equal(expected, string.Join(' ', LanguageIdentifier.Candidates(query)));

    [Fact]
    public void Identifies_every_seed_paragraph()
    {
        var seeds = TestData.PathOf("seeds");
        var expectations = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["000"] = ["ky", "ru"],
            ["001"] = ["ru"],
            ["002"] = ["ky", "ru"],
            ["003"] = ["ky"],
            ["004"] = ["ka"],
        };
        var files = Directory.GetFiles(seeds, "*.txt");
        Assert.Equal(expectations.Count, files.Length);
        foreach (var file in files)
        {
            var expected = expectations[Path.GetFileName(file)[..3]];
            var paragraphs = File.ReadAllText(file).Split("\n\n").Where(p => p.Count(char.IsLetter) > 150).ToList();
            Assert.NotEmpty(paragraphs);
            foreach (var paragraph in paragraphs)
            {
                Assert.Contains(LanguageIdentifier.Identify(paragraph), expected);
            }
        }
    }
}
