using Cms.Search.Index;
using Cms.Search.Searching;
using Microsoft.Data.Sqlite;

namespace Cms.Search.Tests.Searching;

/// <summary>The ranking function (cms_rank) through the engine: field weights, repetitions, length.</summary>
public sealed class RankingTests : IDisposable
{
    private const string Filler = "Участники обсудили планы города на следующий год и подвели итоги работы.";

    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly SearchEngine engine = new(IndexFixture.Analyzers);

    public RankingTests()
    {
        connection.Open();
        var index = new SearchIndex(IndexFixture.Analyzers);
        index.EnsureSchema(connection);
        index.Reset(connection);
        using var writer = index.OpenWriter(connection);
        writer.Upsert(Doc(1, "in-body", "Новости города", Filler + " Семинар прошёл."));
        writer.Upsert(Doc(2, "in-title", "Семинар в мэрии", Filler + " Прошёл."));
        writer.Upsert(Doc(3, "thrice", "Итоги года", Filler + " Семинар, семинары и семинаром."));
        writer.Upsert(Doc(4, "long-body", "Итоги месяца", string.Join(' ', Enumerable.Repeat(Filler, 12)) + " Семинар прошёл."));
    }

    [Fact]
    public void A_title_match_ranks_above_body_matches()
    {
        var keys = Keys("семинар");

        Assert.Equal("in-title", keys[0]);
    }

    [Fact]
    public void More_occurrences_rank_higher_and_a_long_text_lower()
    {
        var keys = Keys("семинар");

        Assert.True(keys.IndexOf("thrice") < keys.IndexOf("in-body"), string.Join(", ", keys));
        Assert.True(keys.IndexOf("in-body") < keys.IndexOf("long-body"), string.Join(", ", keys));
    }

    [Fact]
    public void Scores_are_positive_and_follow_the_order()
    {
        var hits = engine.Search(connection, new SearchRequest("семинар")).Hits;

        Assert.All(hits, h => Assert.True(h.Score > 0));
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
    }

    [Fact]
    public void A_fresh_connection_gets_the_function_on_first_use()
    {
        // The function lives on the native connection; the engine registers it when SQLite says it is missing.
        using var raw = new SqliteCommand("SELECT cms_rank(search_fts, 1) FROM search_fts WHERE search_fts MATCH 'x'", connection);
        Assert.Equal(4, engine.Search(connection, new SearchRequest("семинар")).Total);
        using var reader = raw.ExecuteReader();
        Assert.False(reader.Read());
    }

    public void Dispose() => connection.Dispose();

    private List<string> Keys(string query) => [.. engine.Search(connection, new SearchRequest(query)).Hits.Select(h => h.StoryKey)];

    private static SearchDocument Doc(long id, string story, string title, string body) =>
        new(id, story, "ru", "news", new DateTime(2024, 3, 1, 9, 0, 0, DateTimeKind.Utc).AddDays(id), title, "slug-" + id, "", body, [], [], [], null);
}
