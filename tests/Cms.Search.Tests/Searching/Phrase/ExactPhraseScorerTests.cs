using Cms.Search.Index;
using Cms.Search.Searching;
using Cms.Search.Searching.Phrase;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Cms.Search.Tests.Searching.Phrase;

/// <summary>Our exact phrase matches the documents Lucene's <see cref="PhraseQuery"/> matches, in the same order, with
/// the same frequencies and scores, walked or leapt through, bound or not, on an index with several segments and
/// deletions whose texts repeat the phrase's words in every order.</summary>
public sealed class ExactPhraseScorerTests : IDisposable
{
    private static readonly string[] Words = ["zork", "bliv", "gham", "tupe"];

    private readonly TestIndex index = new(IndexFixture.Analyzers);

    public ExactPhraseScorerTests()
    {
        var random = new Random(20261202);
        var id = 0L;
        for (var round = 0; round < 3; round++)
        {
            var documents = new List<SearchDocument>();
            for (var s = 0; s < 2_000; s += round + 1)
            {
                // Up to 60 words of four: every phrase of them occurs, some often in one document, some never in a segment.
                var words = Enumerable.Range(0, random.Next(60)).Select(_ => Words[random.Next(round == 2 ? 3 : 4)]);
                documents.Add(new SearchDocument(++id, $"story-{s}", "ru", "news", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                    "Заголовок", "slug-" + id, "", string.Join(' ', words), [], [], []));
            }

            index.Put(documents);
        }

        for (var s = 1; s < 2_000; s += 11)
        {
            index.Remove($"story-{s}");
        }
    }

    public static TheoryData<string[]> Phrases =>
    [
        ["zork", "bliv"], ["bliv", "zork"], ["zork", "zork"], ["zork", "bliv", "gham"], ["gham", "tupe"], ["tupe", "zork", "tupe"],
        ["zork", "zork", "zork"], ["zork", "nothing"],
    ];

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Walking_and_leaping_give_what_Lucene_gives(string[] words)
    {
        var lucene = new PhraseQuery { Boost = 3f };
        foreach (var word in words)
        {
            lucene.Add(new Term(SearchFields.Body, word));
        }

        var ours = new ExactPhraseQuery(SearchFields.Body, words) { Boost = 3f };
        var expected = Walk(_ => lucene, _ => 1);
        Assert.True(words.Contains("nothing") || expected.Count > 100, "the phrase should occur in many documents");
        Assert.Equal(expected, Walk(_ => ours, _ => 1));
        Assert.Equal(expected, Walk(searcher => TermBinding.Bind(ours, searcher, index.Host.TermsEnums), _ => 1));
        foreach (var seed in new[] { 1, 2 })
        {
            var leaps = new Random(seed);
            var steps = Enumerable.Range(0, 5_000).Select(_ => leaps.Next(3) switch { 0 => 1, 1 => leaps.Next(2, 30), _ => leaps.Next(30, 900) }).ToArray();
            Assert.Equal(Walk(_ => lucene, i => steps[i % steps.Length]), Walk(_ => ours, i => steps[i % steps.Length]));
        }
    }

    [Fact]
    public void A_phrase_search_counts_what_Lucene_counts()
    {
        var result = index.Search("\"zork bliv\"");
        var lucene = new PhraseQuery { new Term(SearchFields.Body, "zork"), new Term(SearchFields.Body, "bliv") };
        var plain = index.Host.Search(searcher => searcher.Search(lucene, 1))!;
        Assert.Equal(plain.TotalHits, result.TotalTranslations);
    }

    public void Dispose() => index.Dispose();

    private List<(int Segment, int Doc, int Freq, float Score)> Walk(Func<IndexSearcher, LuceneQuery> query, Func<int, int> step) =>
        ScorerWalk.Walk(index, query, step);
}
