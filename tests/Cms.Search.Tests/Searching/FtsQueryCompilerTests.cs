using Cms.Search.Searching;

namespace Cms.Search.Tests.Searching;

/// <summary>What a word compiles to: loose keys only where they can find something the exact terms cannot.</summary>
public sealed class FtsQueryCompilerTests
{
    private readonly SearchEngine engine = new(IndexFixture.Analyzers);

    [Theory]
    [InlineData("время")] // Russian, no letter that Kyrgyz typing confuses
    [InlineData("თბილისი")]
    [InlineData("возмо*")] // a prefix meets its words exactly
    public void Words_without_confusable_letters_match_exactly(string query) =>
        Assert.DoesNotContain("loose", engine.Explain(query), StringComparison.Ordinal);

    [Theory]
    [InlineData("кол")] // could be көл typed on a Russian keyboard
    [InlineData("көл")] // or the reverse
    [InlineData("Bishkek")]
    public void Latin_words_and_words_with_о_у_н_ө_ү_ң_also_match_loosely(string query) =>
        Assert.Contains("loose", engine.Explain(query), StringComparison.Ordinal);

    [Fact]
    public void Latin_input_also_looks_for_its_skeleton_without_final_vowels()
    {
        var match = engine.Explain("Tbilisi")!;

        Assert.Contains("\"tbilisi\"", match, StringComparison.Ordinal);
        Assert.Contains("\"tbilis\"", match, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin_input_also_looks_for_the_stems_of_the_word_written_back_in_Cyrillic() =>
        Assert.Contains("\"pilutn\"", engine.Explain("pilotnykh"), StringComparison.Ordinal); // пилотных → пилотн
}
