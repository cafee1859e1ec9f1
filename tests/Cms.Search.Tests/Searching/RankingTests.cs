using Cms.Search.Index;
using Cms.Search.Searching;

namespace Cms.Search.Tests.Searching;

/// <summary>BM25 with field weights through the engine: fields, repetitions, length, rarity.</summary>
public sealed class RankingTests : IDisposable
{
    private const string Filler = "Участники обсудили планы города на следующий год и подвели итоги работы.";

    private readonly TestIndex index = new(IndexFixture.Analyzers,
    [
        Doc(1, "in-body", "Новости города", Filler + " Семинар прошёл."),
        Doc(2, "in-title", "Семинар в мэрии", Filler + " Прошёл."),
        Doc(3, "thrice", "Итоги года", Filler + " Семинар, семинары и семинаром."),
        Doc(4, "long-body", "Итоги месяца", string.Join(' ', Enumerable.Repeat(Filler, 12)) + " Семинар прошёл."),
        Doc(5, "rare", "Итоги недели", Filler + " Семинар и водопровод."),
    ]);

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
    public void A_rare_word_weighs_more_than_a_common_one()
    {
        // "итоги" is in four documents, "водопровод" in one: with IDF the rare word decides.
        var keys = Keys("итоги OR водопровод");

        Assert.Equal("rare", keys[0]);
    }

    [Fact]
    public void Scores_are_positive_and_follow_the_order()
    {
        var hits = index.Search("семинар").Hits;

        Assert.All(hits, h => Assert.True(h.Score > 0));
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
    }

    public void Dispose() => index.Dispose();

    private List<string> Keys(string query) => [.. index.Search(query).Hits.Select(h => h.StoryKey)];

    private static SearchDocument Doc(long id, string story, string title, string body) =>
        new(id, story, "ru", "news", new DateTime(2024, 3, 1, 9, 0, 0, DateTimeKind.Utc).AddDays(id), title, "slug-" + id, "", body, [], [], []);
}
