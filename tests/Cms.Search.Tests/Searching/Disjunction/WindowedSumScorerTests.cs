using Cms.Search.Index;
using Cms.Search.Searching;
using Cms.Search.Searching.Disjunction;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Cms.Search.Tests.Searching.Disjunction;

/// <summary>A sum of clauses scored window by window matches exactly the documents Lucene's disjunction matches, in
/// the same order and with the same scores, whether walked document by document or leapt through, on an index whose
/// stories were updated and removed across segments (so that some documents are deleted).</summary>
public sealed class WindowedSumScorerTests : IDisposable
{
    private static readonly string[] Words = ["zork", "bliv", "gham", "tupe", "wexy"];

    private readonly TestIndex index = new(IndexFixture.Analyzers);

    public WindowedSumScorerTests()
    {
        var random = new Random(20261203);
        var id = 0L;
        for (var round = 0; round < 3; round++)
        {
            var documents = new List<SearchDocument>();
            for (var s = 0; s < 3_000; s += round + 1)
            {
                foreach (var language in new[] { "ru", "ky", "ka" }.Where(_ => random.Next(2) == 0).DefaultIfEmpty("ru"))
                {
                    var words = Words.Where(_ => random.Next(4) == 0).SelectMany(w => Enumerable.Repeat(w, 1 + random.Next(3)));
                    var title = random.Next(8) == 0 ? Words[random.Next(Words.Length)] : "Заголовок";
                    documents.Add(new SearchDocument(++id, $"story-{s}", language, "news", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), title,
                        "slug-" + id, random.Next(3) == 0 ? "zork" : "", "текст " + string.Join(' ', words) + " конец", [], [], []));
                }
            }

            index.Put(documents);
        }

        for (var s = 1; s < 3_000; s += 17)
        {
            index.Remove($"story-{s}");
        }
    }

    public static TheoryData<string> Queries => ["zork", "zork OR bliv", "\"zork bliv\"", "zork OR gham OR tupe OR wexy", "zor*"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Walking_every_match_gives_what_Lucene_gives(string query)
    {
        var compiled = index.Engine.Compile(query)!.Match!;
        var windowed = SumOfAnyQuery.ForWholeQuery(compiled);
        Assert.IsType<SumOfAnyQuery>(windowed);

        var expected = Walk(compiled, _ => 1);
        Assert.True(expected.Count > 50 && expected.Any(m => m.Doc > 2 * 2_048), "the matches should span several windows");
        Assert.Equal(expected, Walk(windowed, _ => 1));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Leaping_through_the_matches_gives_what_Lucene_gives(string query)
    {
        var compiled = index.Engine.Compile(query)!.Match!;
        var windowed = SumOfAnyQuery.ForWholeQuery(compiled);
        foreach (var seed in new[] { 1, 2, 3 })
        {
            // The same leaps for both: sometimes the next document, sometimes a few, sometimes past a whole window.
            var leaps = new Random(seed);
            var steps = Enumerable.Range(0, 10_000).Select(_ => leaps.Next(4) switch { 0 => 1, 1 => leaps.Next(2, 40), 2 => leaps.Next(40, 3_000), _ => 1 }).ToArray();
            Assert.Equal(Walk(compiled, i => steps[i % steps.Length]), Walk(windowed, i => steps[i % steps.Length]));
        }
    }

    [Fact]
    public void Only_a_whole_query_that_is_a_plain_sum_is_scored_by_windows()
    {
        Assert.IsType<SumOfAnyQuery>(SumOfAnyQuery.ForWholeQuery(index.Engine.Compile("zork")!.Match!));
        Assert.IsNotType<SumOfAnyQuery>(SumOfAnyQuery.ForWholeQuery(index.Engine.Compile("zork bliv")!.Match!)); // a conjunction leaps
        var filtered = new SearchFilters("ru", null, null, null, null).Apply(index.Engine.Compile("zork")!.Match!);
        Assert.IsNotType<SumOfAnyQuery>(SumOfAnyQuery.ForWholeQuery(filtered));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_search_finds_the_same_page_and_counts(string query)
    {
        var result = index.Search(new SearchRequest(query, PageSize: 30));
        var plain = index.Host.Search(searcher => searcher.Search(index.Engine.Compile(query)!.Match!, 1))!;
        Assert.Equal(plain.TotalHits, result.TotalTranslations);
        Assert.Equal(30, result.Hits.Count);
    }

    public void Dispose() => index.Dispose();

    private List<(int Segment, int Doc, int Freq, float Score)> Walk(LuceneQuery query, Func<int, int> step) =>
        ScorerWalk.Walk(index, _ => query, step);
}
