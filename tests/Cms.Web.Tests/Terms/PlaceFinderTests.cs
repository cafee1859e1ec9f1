using Cms.Web.Data;
using Cms.Web.Newsroom.Splitting;
using Cms.Web.Terms;

namespace Cms.Web.Tests.Terms;

public sealed class PlaceFinderTests
{
    private static readonly TermCatalog Catalog = new([
        new TermEntry(Vocabulary.Place, "osh", null, new Dictionary<string, string>(StringComparer.Ordinal) { ["ky"] = "Ош", ["ru"] = "Ош", ["ka"] = "ოში" }, ["Osh"]),
        new TermEntry(Vocabulary.Place, "bishkek", null, new Dictionary<string, string>(StringComparer.Ordinal) { ["ru"] = "Бишкек" }, []),
        new TermEntry(Vocabulary.Tag, "osh-tag", null, new Dictionary<string, string>(StringComparer.Ordinal) { ["ru"] = "Бишкек" }, []),
    ]);

    [Theory]
    [InlineData("Семинар пройдёт в Оше.", "osh")]
    [InlineData("Ошто жана Бишкекте жыйындар өттү.", "osh bishkek")]
    [InlineData("В Бишкеке, затем в Оше.", "bishkek osh")]
    [InlineData("სემინარი ოშში გაიმართა.", "osh")]
    [InlineData("Meeting in Osh.", "osh")]
    [InlineData("Ошибка в документе, ошибок много.", "")]
    [InlineData("Бишкектегилердин жыйыны.", "")]
    public void A_place_is_found_by_any_of_its_names_with_a_short_ending_in_the_order_named(string text, string keys)
    {
        Assert.Equal(keys, string.Join(' ', PlaceFinder.Find(Catalog, text)));
    }

    [Fact]
    public void A_date_without_a_year_takes_the_year_of_publication_only_when_the_text_names_none()
    {
        Assert.Empty(DateFinder.Find("Бүгүн, 22-августа жыйын өттү."));
        Assert.Equal([new DateOnly(2026, 8, 22)], DateFinder.Find("Бүгүн, 22-августа жыйын өттү.", 2026));
        Assert.Equal([new DateOnly(2023, 8, 22)], DateFinder.Find("2023-жылы 22-августа жыйын өттү.", 2026));
    }
}
