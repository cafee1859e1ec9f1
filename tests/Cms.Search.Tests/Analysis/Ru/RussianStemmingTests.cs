using Cms.Search.Analysis.Ru;
using Xunit;

namespace Cms.Search.Tests.Analysis.Ru;

/// <summary>The rules the chain adds to Snowball.</summary>
public sealed class RussianStemmingTests
{
    [Theory]
    [InlineData("время", "времени", "временем", "времена")]
    [InlineData("имя", "имени", "именами")]
    [InlineData("отец", "отца", "отцами")]
    [InlineData("конец", "конца", "концом")]
    [InlineData("бишкек", "бишкеке", "бишкека")]
    public void The_forms_of_a_word_share_a_stem(params string[] forms) =>
        Assert.Single(forms.Select(RussianStemming.Stem).Distinct(StringComparer.Ordinal));

    [Theory]
    [InlineData("имя", "им")] // the name, and the pronoun
    [InlineData("темя", "тема")]
    [InlineData("темени", "темен")] // the crown of the head, and тёмен
    [InlineData("собираться", "собирать")]
    public void Different_words_keep_different_stems(string one, string other) =>
        Assert.NotEqual(RussianStemming.Stem(one), RussianStemming.Stem(other));

    [Fact]
    public void Place_names_keep_their_vowels() => Assert.Equal("бишкек", RussianStemming.Stem("бишкек"));
}
