using Cms.Search.Index;
using Cms.Search.Searching;

namespace Cms.Search.Tests.Searching;

public sealed class SearchEngineTests(IndexFixture fixture) : IClassFixture<IndexFixture>
{
    private SearchResult Search(string query, string? language = null) =>
        fixture.Index.Search(new SearchRequest(query, Language: language));

    private List<string> Keys(string query, string? language = null) =>
        [.. Search(query, language).Hits.Select(h => h.StoryKey + ":" + h.Language)];

    [Theory]
    [InlineData("новостройка", "osh-platform:ru")]
    [InlineData("новостройках", "osh-platform:ru")]
    [InlineData("конуш", "osh-platform:ky")]
    [InlineData("конуштары", "osh-platform:ky")]
    [InlineData("семинар", null)]
    [InlineData("სემინარზე", "seminar:ka")]
    [InlineData("Tbilisi", "seminar:ka")]
    [InlineData("Bishkek", "grants:ru")]
    [InlineData("Osh", "osh-platform:*")]
    [InlineData("novostroikakh", "osh-platform:ru")] // an inflected Russian word typed in Latin letters // both translations say Ош; either may show the story
    [InlineData("Issyk-Kul", "lake:ky")]
    [InlineData("Ysyk-Köl", "lake:ky")]
    [InlineData("Ак-Ордо-3", "grants:ru")]
    [InlineData("Ордо", "grants:ru")]
    [InlineData("колдо", "osh-platform:ky")]
    public void Finds_inflected_transliterated_and_mistyped_forms(string query, string? expected)
    {
        var keys = Keys(query);

        if (expected is null)
        {
            Assert.Empty(keys);
        }
        else if (expected.EndsWith(":*", StringComparison.Ordinal))
        {
            Assert.Contains(keys, k => k.StartsWith(expected[..^1], StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(expected, keys);
        }
    }

    [Fact]
    public void A_story_is_one_hit_listing_its_other_translations()
    {
        var hit = Assert.Single(Search("диалог Ош").Hits);

        Assert.Equal("osh-platform", hit.StoryKey);
        var other = Assert.Single(hit.OtherTranslations);
        Assert.NotEqual(hit.Language, other.Language);
    }

    [Fact]
    public void Snippet_marks_inflected_forms_and_is_html_safe()
    {
        var hit = Search("новостройка").Hits.First(h => h.StoryKey == "osh-platform");

        Assert.Contains("<mark>новостройках</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_matches_rank_above_loose_ones()
    {
        var hits = Search("Ош").Hits;

        Assert.Equal("osh-platform", hits[0].StoryKey);
    }

    [Fact]
    public void Words_are_anded_and_fall_back_to_or_when_nothing_has_all()
    {
        var and = Search("новостройках гранты");
        var or = Search("новостройках თბილისი");

        Assert.False(and.FellBackToOr);
        Assert.Equal(["grants"], and.Hits.Select(h => h.StoryKey));
        Assert.True(or.FellBackToOr);
        Assert.Equal(3, or.Total);
    }

    [Theory]
    [InlineData("\"малых грантов\"", 1)]
    [InlineData("\"грантов малых\"", 0)]
    [InlineData("новостро*", 2)]
    [InlineData("Ош -гранты", 1)]
    [InlineData("Ош NOT диалог", 0)]
    [InlineData("гранты OR тренинг", 2)]
    [InlineData("title:Бишкеке", 1)]
    [InlineData("title:новостройках", 0)]
    [InlineData("lang:ka სემინარი", 1)]
    [InlineData("lang:ru სემინარი", 0)]
    [InlineData("kind:event", 0)]
    [InlineData("place:Ош диалог", 1)]
    [InlineData("tag:тренинг Ысык-Көл", 1)]
    [InlineData("(гранты OR тренинг) Бишкек", 1)]
    [InlineData("-Ош", 0)]
    public void Supports_the_query_syntax(string query, int total) => Assert.Equal(total, Search(query).Total);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("\"unclosed phrase")]
    [InlineData("((((")]
    [InlineData("))) AND OR NOT")]
    [InlineData("NEAR(a b, 3)")]
    [InlineData("a^2 b~ {c} [d TO e]")]
    [InlineData("'; DROP TABLE search_doc; --")]
    [InlineData("title: lang: kind: place: tag:")]
    [InlineData("* ** ***")]
    [InlineData("\0\u0001\u0007\u001b[31m")]
    [InlineData("search_fts MATCH 'x' OR 1=1")]
    [InlineData("\"a\" \"b\" \"\" ''")]
    [InlineData("🙂 \uD800 \uDC00")]
    [InlineData("col:value body:новостройках loose:ush")]
    public void Any_input_answers_with_results_or_an_empty_result(string query)
    {
        var result = Search(query);

        AssertConsistent(result);
        Assert.Equal(IndexFixture.Documents.Count, fixture.Index.Index.DocumentCount());
    }

    [Fact]
    public void Ten_kilobytes_of_text_and_random_garbage_never_throw()
    {
        var random = new Random(7);
        const string pool = "аөүңბთ\"()*:+-!|&^~{}[]<>;'\\/ \t\n\0AND OR NOT NEAR title: lang:ky 0123456789abc";
        AssertConsistent(Search(string.Concat(Enumerable.Repeat("новостройка \"Ош ", 700))));
        for (var i = 0; i < 300; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 200)).Select(_ => pool[random.Next(pool.Length)])]);
            AssertConsistent(Search(text));
        }
    }

    // A first page lists one hit per counted story, up to the page size, each a story that exists.
    private static void AssertConsistent(SearchResult result)
    {
        Assert.InRange(result.Total, 0, IndexFixture.Documents.Select(d => d.StoryKey).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Math.Min(result.Total, result.PageSize), result.Hits.Count);
        Assert.All(result.Hits, h => Assert.Contains(IndexFixture.Documents, d => d.StoryKey == h.StoryKey && d.Language == h.Language));
    }

    [Fact]
    public void Facets_count_stories_per_language_kind_year_place_and_tag()
    {
        var facets = Search("Ош").Facets;

        Assert.Contains(facets.Languages, f => f.Value == "ky");
        Assert.Contains(facets.Kinds, f => f.Value == "news");
        Assert.Contains(facets.Years, f => f.Value == "2023");
        Assert.Contains(facets.Places, f => f.Value == "Ош" && f.Count == 1);
        Assert.Contains(facets.Tags, f => f.Value == "диалог");
    }

    [Fact]
    public void Small_result_sets_have_exact_totals()
    {
        var result = Search("Ош");

        Assert.Equal(result.Hits.Select(h => h.StoryKey).Distinct().Count(), result.Total);
        Assert.Equal(2, result.TotalTranslations);
    }

    [Fact]
    public void Sorts_by_date_and_pages()
    {
        var byDate = fixture.Index.Search(new SearchRequest("Ош OR тренинг OR гранты OR სემინარი", Sort: SearchSort.Date, PageSize: 2));
        var second = fixture.Index.Search(new SearchRequest("Ош OR тренинг OR гранты OR სემინარი", Sort: SearchSort.Date, PageSize: 2, Page: 2));

        Assert.Equal(4, byDate.Total);
        Assert.Equal(["grants", "osh-platform"], byDate.Hits.Select(h => h.StoryKey));
        Assert.Equal(["lake", "seminar"], second.Hits.Select(h => h.StoryKey));
    }

    [Theory]
    [InlineData("ky")]
    [InlineData("ru")]
    public void A_story_is_shown_in_the_readers_language_when_that_translation_matched(string reader)
    {
        var hit = Assert.Single(fixture.Index.Search(new SearchRequest("диалог Ош", ReaderLanguage: reader)).Hits);

        Assert.Equal(reader, hit.Language);
    }

    [Fact]
    public void A_story_whose_reader_language_translation_did_not_match_shows_the_best_match()
    {
        var hit = Assert.Single(fixture.Index.Search(new SearchRequest("новостройках Манас-Ата", ReaderLanguage: "ky")).Hits);

        Assert.Equal("ru", hit.Language);
    }
}
