using Cms.Search.Index;
using Cms.Search.Searching;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Cms.Search.Tests.Searching;

/// <summary>Terms looked up with lent enumerators give Lucene's own statistics and states: the same matches and scores
/// in every segment, whatever the enumerators were last used for, on an index with several segments and deletions.</summary>
public sealed class TermBindingTests : IDisposable
{
    private static readonly string[] Words = ["zork", "bliv", "gham", "tupe", "wexy"];

    private readonly TestIndex index = new(IndexFixture.Analyzers);
    private readonly TermsEnumCache enums = new();

    public TermBindingTests()
    {
        var random = new Random(20261202);
        var id = 0L;
        for (var round = 0; round < 3; round++)
        {
            var documents = new List<SearchDocument>();
            for (var s = 0; s < 600; s += round + 1)
            {
                // The third round leaves "wexy" out: a term some segments lack.
                var words = Words.Take(round == 2 ? 4 : 5).Where(_ => random.Next(3) == 0).SelectMany(w => Enumerable.Repeat(w, 1 + random.Next(3)));
                documents.Add(new SearchDocument(++id, $"story-{s}", random.Next(2) == 0 ? "ru" : "ky", "news", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                    random.Next(6) == 0 ? "gham" : "Заголовок", "slug-" + id, random.Next(3) == 0 ? "zork" : "", "текст " + string.Join(' ', words), [], [], []));
            }

            if (round == 0)
            {
                // One document with words of their own: a prefix of so few documents that Lucene rewrites it to terms.
                documents.Add(new SearchDocument(++id, "story-rare", "ru", "news", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                    "Заголовок", "slug-" + id, "", "текст quxa quxb quxc", [], [], []));
            }

            index.Put(documents);
        }

        for (var s = 1; s < 600; s += 13)
        {
            index.Remove($"story-{s}");
        }
    }

    public static TheoryData<string> Queries =>
        ["zork", "zork OR bliv", "zork bliv", "\"zork bliv\"", "zor* OR gham", "qux* OR zork", "qux*", "wexy OR qqqq", "zork -tupe", "qqqq", "qqq*"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_bound_query_matches_and_scores_as_Lucene_looks_its_terms_up(string query)
    {
        var compiled = index.Engine.Compile(query)!.Match!;
        var filtered = new SearchFilters("ru", null, null, null, null).Apply(compiled);
        Assert.True(index.Host.Search(s => (object)s.IndexReader.Leaves.Count) is > 1, "the index should have several segments");

        foreach (var other in Queries)
        {
            // Whatever the lent enumerators were positioned at before.
            Walk(searcher => TermBinding.Bind(index.Engine.Compile(other)!.Match!, searcher, enums));
            Assert.Equal(Walk(_ => compiled), Walk(searcher => TermBinding.Bind(compiled, searcher, enums)));
            Assert.Equal(Walk(_ => filtered), Walk(searcher => TermBinding.Bind(filtered, searcher, enums)));
        }
    }

    [Fact]
    public void The_engine_counts_what_Lucene_counts()
    {
        foreach (var query in Queries)
        {
            var plain = index.Host.Search(searcher => searcher.Search(index.Engine.Compile(query)!.Match!, 1))!;
            Assert.Equal(plain.TotalHits, index.Search(query).TotalTranslations);
        }
    }

    public void Dispose() => index.Dispose();

    private List<(int Segment, int Doc, int Freq, float Score)> Walk(Func<IndexSearcher, LuceneQuery> query) =>
        ScorerWalk.Walk(index, query, _ => 1);
}
