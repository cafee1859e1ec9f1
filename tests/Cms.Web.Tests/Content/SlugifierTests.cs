using Cms.Web.Content;

namespace Cms.Web.Tests.Content;

public sealed class SlugifierTests
{
    [Theory]
    [InlineData("В Оше состоялось первое заседание", "ru", "v-oshe-sostoyalos-pervoe-zasedanie")]
    [InlineData("Жыйын: Көл, Үй, Жаңы!", "ky", "jyyyn-kol-uy-jangy")]
    [InlineData("Журналисты", "ru", "zhurnalisty")]
    [InlineData("საერთაშორისო სემინარი", "ka", "saertashoriso-seminari")]
    [InlineData("Ак-Ордо-3 — 2023", "ru", "ak-ordo-3-2023")]
    [InlineData("  «Кавычки»  ", "ru", "kavychki")]
    public void Transliterates_titles_to_readable_ascii(string title, string language, string expected) =>
        Assert.Equal(expected, Slugifier.FromTitle(title, language));

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary()
    {
        var slug = Slugifier.FromTitle(string.Join(' ', Enumerable.Repeat("новостройка", 20)), "ru");

        Assert.True(slug.Length <= Slugifier.MaxLength);
        Assert.EndsWith("novostroyka", slug, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ok-slug-1", true)]
    [InlineData("Bad", false)]
    [InlineData("a--b", false)]
    [InlineData("-a", false)]
    [InlineData("новости", false)]
    [InlineData("", false)]
    public void Validates_slugs(string slug, bool valid) => Assert.Equal(valid, Slugifier.IsValid(slug));
}
