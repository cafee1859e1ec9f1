using Cms.Search.Index;
using Cms.Search.Searching;
using Microsoft.Data.Sqlite;

namespace Cms.Search.Tests.Searching;

/// <summary>A word in more documents than the candidate cap: bounded totals, and the best-ranked hits still first.</summary>
public sealed class LargeIndexTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public LargeIndexTests()
    {
        connection.Open();
        var index = new SearchIndex(IndexFixture.Analyzers);
        index.EnsureSchema(connection);
        index.Reset(connection);
        using var writer = index.OpenWriter(connection);
        writer.AddAll(Enumerable.Range(1, SearchEngine.CandidateCap + 200).Select(i => new SearchDocument(
            i, $"story-{i}", "ru", "news", new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i),
            i == 700 ? "Семинар о диалоге" : $"Новость номер {i}", $"slug-{i}", "", "Участники обсудили диалог и новые планы.", [], [], [], null)));
    }

    [Fact]
    public void The_total_is_a_lower_bound_and_a_title_match_ranks_first()
    {
        var result = new SearchEngine(IndexFixture.Analyzers).Search(connection, new SearchRequest("диалог"));

        Assert.True(result.TotalIsLowerBound);
        Assert.Equal(SearchEngine.CandidateCap, result.Total);
        Assert.Equal("story-700", result.Hits[0].StoryKey);
        Assert.Equal(20, result.Hits.Count);
    }

    [Fact]
    public void Date_order_pages_through_the_newest()
    {
        var result = new SearchEngine(IndexFixture.Analyzers).Search(connection, new SearchRequest("диалог", Sort: SearchSort.Date, Page: 2));

        Assert.Equal($"story-{SearchEngine.CandidateCap + 200 - 20}", result.Hits[0].StoryKey);
    }

    [Fact]
    public void Date_order_beyond_the_candidates_still_scores_its_hits()
    {
        var result = new SearchEngine(IndexFixture.Analyzers).Search(connection, new SearchRequest("диалог", Sort: SearchSort.Date));

        Assert.True(result.TotalIsLowerBound);
        Assert.All(result.Hits, h => Assert.True(h.Score > 0));
    }

    [Fact]
    public void Paging_past_the_newest_thousand_shows_every_story_once()
    {
        var engine = new SearchEngine(IndexFixture.Analyzers);
        var pages = Enumerable.Range(1, 61).SelectMany(page => engine.Search(connection, new SearchRequest("диалог", Page: page)).Hits).ToList();

        Assert.Equal(SearchEngine.CandidateCap + 200, pages.Count);
        Assert.Equal(pages.Count, pages.Select(h => h.StoryKey).Distinct(StringComparer.Ordinal).Count());
    }

    public void Dispose() => connection.Dispose();
}
