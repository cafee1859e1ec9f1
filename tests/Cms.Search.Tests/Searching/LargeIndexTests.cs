using Cms.Search.Index;
using Cms.Search.Searching;

namespace Cms.Search.Tests.Searching;

/// <summary>A word in over a thousand stories: exact totals, the best-ranked story first wherever it is in the archive,
/// and paging that shows every story once.</summary>
public sealed class LargeIndexTests : IDisposable
{
    private const int Stories = 1_200;

    private readonly TestIndex index = new(IndexFixture.Analyzers, Enumerable.Range(1, Stories).Select(i => new SearchDocument(
        i, $"story-{i}", "ru", "news", new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i),
        i == 7 ? "Семинар о диалоге" : $"Новость номер {i}", $"slug-{i}", "", "Участники обсудили диалог и новые планы.", [], [], [])));

    [Fact]
    public void The_total_is_exact_and_the_best_match_ranks_first_even_when_old()
    {
        var result = index.Search("диалог");

        Assert.Equal(Stories, result.Total);
        Assert.Equal(Stories, result.TotalTranslations);
        Assert.Equal("story-7", result.Hits[0].StoryKey);
        Assert.Equal(20, result.Hits.Count);
    }

    [Fact]
    public void Date_order_pages_through_the_newest()
    {
        var result = index.Search(new SearchRequest("диалог", Sort: SearchSort.Date, Page: 2));

        Assert.Equal($"story-{Stories - 20}", result.Hits[0].StoryKey);
    }

    [Fact]
    public void Paging_shows_every_story_once()
    {
        var pages = Enumerable.Range(1, 61).SelectMany(page => index.Search(new SearchRequest("диалог", Page: page)).Hits).ToList();

        Assert.Equal(Stories, pages.Count);
        Assert.Equal(pages.Count, pages.Select(h => h.StoryKey).Distinct(StringComparer.Ordinal).Count());
    }

    public void Dispose() => index.Dispose();
}
