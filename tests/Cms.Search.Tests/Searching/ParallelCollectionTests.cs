using Cms.Search.Index;
using Cms.Search.Searching;

namespace Cms.Search.Tests.Searching;

/// <summary>The collector pass on several threads (slices of segments, cut between stories, merged) gives exactly
/// what one pass over the whole index on one thread gives: totals, every facet, and the best stories in order with
/// their scores, for relevance and date order, with and without a reader language, on an index whose stories were
/// updated and removed across segments.</summary>
public sealed class ParallelCollectionTests : IDisposable
{
    private static readonly string[] Words = ["zork", "bliv", "gham", "tupe", "wexy"];
    private static readonly string[] Languages = ["ky", "ru", "ka"];
    private static readonly string[] Kinds = ["news", "announcement", "event"];
    private static readonly string[] PlaceNames = ["Ош", "Бишкек", "Нарын", "თბილისი", "Каракол"];
    private static readonly string[] TagNames = ["диалог", "гранты", "тренинг", "жаштар", "სემინარი", "экология"];

    private readonly TestIndex index = new(IndexFixture.Analyzers);

    public ParallelCollectionTests()
    {
        var random = new Random(20261202);
        var id = 0L;
        var pending = new List<SearchDocument>();
        for (var s = 0; s < 2_400; s++)
        {
            pending.AddRange(Story(random, $"story-{s}", ref id));
            if (s % 600 == 599)
            {
                index.Put([.. pending]);
                pending.Clear();
            }
        }

        for (var s = 0; s < 2_400; s += 5)
        {
            pending.AddRange(Story(random, $"story-{s}", ref id)); // new versions, in a later segment
        }

        index.Put([.. pending]);
        for (var s = 2; s < 2_400; s += 13)
        {
            index.Remove($"story-{s}");
        }
    }

    public static TheoryData<string, SearchSort, string?> Cases => new()
    {
        { "zork", SearchSort.Relevance, null },
        { "zork bliv", SearchSort.Relevance, "ru" },
        { "gham OR wexy", SearchSort.Relevance, "ky" },
        { "tupe -zork", SearchSort.Date, null },
        { "zork OR bliv OR gham OR tupe OR wexy", SearchSort.Relevance, "ka" },
        { "zork OR bliv OR gham OR tupe OR wexy", SearchSort.Date, "ru" },
        { "\"zork bliv\"", SearchSort.Relevance, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Several_threads_give_exactly_what_one_gives(string query, SearchSort sort, string? readerLanguage)
    {
        var expected = Collect(query, sort, readerLanguage, threads: 1, minSliceDocs: StoryCollection.MinSliceDocs);
        Assert.True(expected.Stories > 50, "the query should match many stories");

        foreach (var (threads, minSliceDocs) in new[] { (2, 1), (2, 97), (3, 250), (4, StoryCollection.MinSliceDocs) })
        {
            var actual = Collect(query, sort, readerLanguage, threads, minSliceDocs);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Slices_cover_every_document_once_and_never_split_a_story()
    {
        index.Host.Search(searcher =>
        {
            var leaves = searcher.IndexReader.Leaves;
            var slices = StoryCollection.Slices(leaves, index.Host.Facts, threads: 2, minSliceDocs: 97);
            Assert.True(slices.Count > leaves.Count, "large segments should be cut");
            foreach (var leaf in leaves)
            {
                var own = slices.Where(s => s.Leaf.Ord == leaf.Ord).OrderBy(s => s.From).ToList();
                Assert.Equal(0, own[0].From);
                Assert.Equal(leaf.AtomicReader.MaxDoc, own[^1].To);
                var docs = index.Host.Facts.For(leaf.AtomicReader).Docs;
                for (var i = 1; i < own.Count; i++)
                {
                    Assert.Equal(own[i - 1].To, own[i].From);
                    Assert.NotEqual(docs[own[i].From - 1].Story, docs[own[i].From].Story);
                }
            }

            return slices;
        });
    }

    [Fact]
    public void The_engine_on_several_threads_returns_the_same_page_as_on_one()
    {
        var one = new SearchEngine(index.Analyzers, index.Host, threads: 1);
        var two = new SearchEngine(index.Analyzers, index.Host, threads: 2);
        foreach (var request in new[] { new SearchRequest("zork OR gham", PageSize: 20, Page: 2), new SearchRequest("bliv", Sort: SearchSort.Date, ReaderLanguage: "ky") })
        {
            var expected = one.Search(request, index);
            var actual = two.Search(request, index);
            Assert.Equal((expected.Total, expected.TotalTranslations), (actual.Total, actual.TotalTranslations));
            Assert.Equal(Describe(expected.Facets), Describe(actual.Facets));
            Assert.Equal(
                expected.Hits.Select(h => (h.StoryKey, h.Language, h.Score, h.SnippetHtml)),
                actual.Hits.Select(h => (h.StoryKey, h.Language, h.Score, h.SnippetHtml)));
        }
    }

    public void Dispose() => index.Dispose();

    private Outcome Collect(string query, SearchSort sort, string? readerLanguage, int threads, int minSliceDocs)
    {
        var match = index.Engine.Compile(query)!.Match!;
        return index.Host.Search(searcher =>
        {
            var collector = StoryCollection.Collect(
                searcher, match, () => new StoryCollector(25, sort, readerLanguage, index.Host.Facts), index.Host.Facts, threads, minSliceDocs);
            return new Outcome(
                collector.Stories,
                collector.Translations,
                Describe(collector.Facets()),
                string.Join(" ", collector.Top().Select(h => $"{h.Doc}:{h.Score:R}:{h.Published}:{h.TranslationId}")));
        })!;
    }

    private static string Describe(SearchFacets facets) => string.Join(
        " | ",
        new[] { facets.Languages, facets.Kinds, facets.Years, facets.Places, facets.Tags }.Select(f => string.Join(",", f.Select(c => c.Value + "=" + c.Count))));

    private static List<SearchDocument> Story(Random random, string key, ref long id)
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        var places = PlaceNames.Where(_ => random.Next(3) == 0).ToList();
        var tags = TagNames.Where(_ => random.Next(3) == 0).ToList();
        var languages = Languages.Where(_ => random.Next(2) == 0).DefaultIfEmpty("ru").ToList();
        var year = 2015 + random.Next(8);
        var documents = new List<SearchDocument>();
        foreach (var language in languages)
        {
            // Some words repeated, some bodies longer: scores differ, and many still tie (broken by translation id).
            var words = Words.Where(_ => random.Next(3) == 0).SelectMany(w => Enumerable.Repeat(w, 1 + random.Next(3)));
            var filler = string.Join(' ', Enumerable.Repeat("текст", random.Next(6)));
            var published = new DateTime(year, 12, 31, 20, 0, 0, DateTimeKind.Utc).AddHours(random.Next(10) == 0 ? 8 : random.Next(3));
            documents.Add(new SearchDocument(++id, key, language, kind, published, random.Next(10) == 0 ? "zork" : "Заголовок", "slug-" + id, "",
                "текст " + string.Join(' ', words) + " " + filler + " конец", places, tags, [.. places, .. tags]));
        }

        return documents;
    }

    private sealed record Outcome(int Stories, int Translations, string Facets, string Top);
}
