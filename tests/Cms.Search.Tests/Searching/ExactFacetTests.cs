using Cms.Search.Index;
using Cms.Search.Searching;

namespace Cms.Search.Tests.Searching;

/// <summary>Totals and facets over a generated archive of thousands of stories equal a brute-force count of the
/// documents that contain the query's words, after updates and removals scattered the stories over segments.</summary>
public sealed class ExactFacetTests : IDisposable
{
    private static readonly string[] Words = ["zork", "bliv", "gham", "tupe", "wexy"];
    private static readonly string[] Languages = ["ky", "ru", "ka"];
    private static readonly string[] Kinds = ["news", "announcement", "event"];
    private static readonly string[] PlaceNames = ["Ош", "Бишкек", "Нарын", "თბილისი", "Каракол"];
    private static readonly string[] TagNames = ["диалог", "гранты", "тренинг", "жаштар", "სემინარი", "экология"];

    private readonly TestIndex index = new(IndexFixture.Analyzers);
    private readonly Dictionary<string, List<SearchDocument>> stories = new(StringComparer.Ordinal);
    private readonly HashSet<string> pending = new(StringComparer.Ordinal);

    public ExactFacetTests()
    {
        var random = new Random(20261201);
        var id = 0L;
        for (var s = 0; s < 3_000; s++)
        {
            Generate(random, $"story-{s}", ref id);
            if (s % 500 == 499)
            {
                Flush();
            }
        }

        Flush();
        for (var s = 0; s < 3_000; s += 7)
        {
            Generate(random, $"story-{s}", ref id); // a new version of every seventh story, in a later segment
        }

        Flush();
        for (var s = 3; s < 3_000; s += 11)
        {
            stories.Remove($"story-{s}");
            index.Remove($"story-{s}");
        }
    }

    public static TheoryData<string> Queries => ["zork", "bliv", "zork bliv", "gham OR wexy", "tupe -zork", "zork OR bliv OR gham OR tupe OR wexy"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Totals_and_facets_equal_a_brute_force_count(string query)
    {
        var result = index.Search(new SearchRequest(query, PageSize: 5));
        var matches = stories.Values.SelectMany(v => v).Where(d => Matches(query, d)).ToList();
        var byStory = matches.GroupBy(d => d.StoryKey, StringComparer.Ordinal).ToList();

        Assert.Equal(byStory.Count, result.Total);
        Assert.Equal(matches.Count, result.TotalTranslations);
        Assert.Equal(Expected(byStory, d => [d.Language]), Actual(result.Facets.Languages));
        Assert.Equal(Expected(byStory, d => [d.Kind]), Actual(result.Facets.Kinds));
        Assert.Equal(Expected(byStory, d => [d.PublishedUtc.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)]), Actual(result.Facets.Years));
        Assert.Equal(Expected(byStory, d => d.Places), Actual(result.Facets.Places));
        Assert.Equal(Expected(byStory, d => d.Tags), Actual(result.Facets.Tags));
    }

    [Fact]
    public void Filters_leave_exactly_the_stories_their_facet_promised()
    {
        var all = index.Search("zork OR bliv");
        foreach (var place in all.Facets.Places)
        {
            Assert.Equal(place.Count, index.Search(new SearchRequest("zork OR bliv", Place: place.Value)).Total);
        }

        foreach (var year in all.Facets.Years)
        {
            Assert.Equal(year.Count, index.Search(new SearchRequest("zork OR bliv", Year: int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture))).Total);
        }
    }

    public void Dispose() => index.Dispose();

    private static bool Matches(string query, SearchDocument document)
    {
        bool Has(string word) => document.Body.Split(' ').Contains(word, StringComparer.Ordinal);
        return query switch
        {
            "zork bliv" => Has("zork") && Has("bliv"),
            "gham OR wexy" => Has("gham") || Has("wexy"),
            "tupe -zork" => Has("tupe") && !Has("zork"),
            "zork OR bliv OR gham OR tupe OR wexy" => Words.Any(Has),
            _ => Has(query),
        };
    }

    private static Dictionary<string, int> Expected(List<IGrouping<string, SearchDocument>> byStory, Func<SearchDocument, IEnumerable<string>> values) =>
        byStory.SelectMany(story => story.SelectMany(values).Distinct(StringComparer.Ordinal))
            .GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    // Every value fits in the facet's top list here: five places, six tags, three kinds, a few years.
    private static Dictionary<string, int> Actual(IReadOnlyList<FacetCount> counts) =>
        counts.ToDictionary(c => c.Value, c => c.Count, StringComparer.Ordinal);

    private void Generate(Random random, string key, ref long id)
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        var places = PlaceNames.Where(_ => random.Next(3) == 0).ToList();
        var tags = TagNames.Where(_ => random.Next(3) == 0).ToList();
        var languages = Languages.Where(_ => random.Next(2) == 0).DefaultIfEmpty("ru").ToList();
        var year = 2015 + random.Next(8);
        var documents = new List<SearchDocument>();
        foreach (var language in languages)
        {
            var words = Words.Where(_ => random.Next(4) == 0);
            // Translations of one story are mostly published the same year, now and then across New Year.
            var published = new DateTime(year, 12, 31, 20, 0, 0, DateTimeKind.Utc).AddHours(random.Next(10) == 0 ? 8 : 0);
            documents.Add(new SearchDocument(++id, key, language, kind, published, "Заголовок", "slug-" + id, "",
                "текст " + string.Join(' ', words) + " конец", places, tags, [.. places, .. tags]));
        }

        stories[key] = documents;
        pending.Add(key);
    }

    private void Flush()
    {
        index.Put([.. pending.SelectMany(k => stories[k])]);
        pending.Clear();
    }
}
