using System.Net;
using System.Text.Json;

namespace Cms.Web.Tests.Api;

public sealed class SearchApiTests(CmsWebFactory factory) : IClassFixture<CmsWebFactory>
{
    private async Task<JsonElement> SearchAsync(string query)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static List<JsonElement> Hits(JsonElement result) => [.. result.GetProperty("hits").EnumerateArray()];

    [Fact]
    public async Task A_russian_word_finds_the_russian_stories_that_inflect_it_and_lists_the_kyrgyz_translation()
    {
        var result = await SearchAsync("/api/v1/search?q=" + Uri.EscapeDataString("новостройка"));

        var hits = Hits(result);
        Assert.Contains(hits, h => h.GetProperty("storyKey").GetString() == "2023-11-15-bishkek-small-grants-round-table");
        var osh = hits.Single(h => h.GetProperty("storyKey").GetString() == "2023-08-22-osh-dialogue-platform");
        Assert.Equal("ru", osh.GetProperty("language").GetString());
        Assert.Contains("<mark>новостройках</mark>", osh.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        var also = osh.GetProperty("translations").EnumerateArray().Single();
        Assert.Equal("ky", also.GetProperty("language").GetString());
        Assert.EndsWith("/ky/news/osh-shaarynda-dialog-ayantchasynyn-birinchi-jyyyny-ottu", also.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kyrgyz_stem_finds_the_kyrgyz_stories_with_konushtarynda()
    {
        var result = await SearchAsync("/api/v1/search?q=" + Uri.EscapeDataString("конуш"));

        var hits = Hits(result);
        Assert.Contains(hits, h => h.GetProperty("language").GetString() == "ky"
            && h.GetProperty("snippet").GetString()!.Contains("<mark>конуштарында</mark>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tbilisi", "2017-06-01-homeowner-resource-centres-seminar")]
    [InlineData("თბილისში", "2017-06-01-homeowner-resource-centres-seminar")]
    [InlineData("Bishkek", "2023-11-15-bishkek-small-grants-round-table")]
    [InlineData("Osh", "2023-08-22-osh-dialogue-platform")]
    [InlineData("Коопсуз короо", "2022-03-10-safe-courtyard-bishkek")]
    [InlineData("koopsuz", "2022-03-10-safe-courtyard-bishkek")]
    [InlineData("Ак-Ордо-3", "2023-11-15-bishkek-small-grants-round-table")]
    [InlineData("MAMA-86", "2017-06-01-homeowner-resource-centres-seminar")]
    [InlineData("Ак-Ордо", "2023-11-15-bishkek-small-grants-round-table")]
    [InlineData("демилгелуу", "2023-05-22-initiative-groups-pilot-communities")]
    [InlineData("инициативные группы", "2023-05-22-initiative-groups-pilot-communities")]
    public async Task Each_seed_story_is_found_from_its_language_and_from_latin_input(string query, string storyKey)
    {
        var result = await SearchAsync("/api/v1/search?q=" + Uri.EscapeDataString(query));

        Assert.Contains(Hits(result), h => h.GetProperty("storyKey").GetString() == storyKey);
    }

    [Fact]
    public async Task Filters_narrow_and_facets_count()
    {
        var all = await SearchAsync("/api/v1/search?q=" + Uri.EscapeDataString("Ош"));
        var ky = await SearchAsync("/api/v1/search?lang=ky&q=" + Uri.EscapeDataString("Ош"));

        var allLanguages = Facet(all, "languages");
        Assert.True(allLanguages["ru"] > 0);
        Assert.Equal(allLanguages["ky"], ky.GetProperty("total").GetInt32());
        Assert.Equal(["ky"], Facet(ky, "languages").Keys);
        Assert.All(Hits(ky), h => Assert.Equal("ky", h.GetProperty("language").GetString()));
    }

    [Theory]
    [InlineData("\"", "unbalanced quote")]
    [InlineData("((((", "unbalanced parenthesis")]
    [InlineData("'; DROP TABLE Stories; --", null)]
    [InlineData("title: OR AND NOT -", "field without value")]
    [InlineData("%00%01", null)]
    public async Task Any_query_answers_200_with_nothing_found_and_says_what_it_ignored(string query, string? warning)
    {
        var result = await SearchAsync("/api/v1/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(0, result.GetProperty("total").GetInt32());
        Assert.Empty(Hits(result));
        var warnings = result.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).ToList();
        Assert.Equal(warning is null ? [] : [warning], warnings);
    }

    [Fact]
    public async Task Fts5_syntax_is_only_words()
    {
        var near = await SearchAsync("/api/v1/search?q=" + Uri.EscapeDataString("NEAR(a b)"));
        var words = await SearchAsync("/api/v1/search?q=" + Uri.EscapeDataString("near a b"));

        Assert.Equal(words.GetProperty("total").GetInt32(), near.GetProperty("total").GetInt32());
        Assert.Equal(words.GetProperty("fellBackToOr").GetBoolean(), near.GetProperty("fellBackToOr").GetBoolean());
    }

    [Fact]
    public async Task Ten_kilobytes_of_query_answers_like_the_word_once_with_a_warning()
    {
        var query = string.Concat(Enumerable.Repeat("новостройка ", 900));

        var result = await SearchAsync("/api/v1/search?q=" + Uri.EscapeDataString(query));
        var once = await SearchAsync("/api/v1/search?q=" + Uri.EscapeDataString("новостройка"));

        Assert.True(once.GetProperty("total").GetInt32() > 0);
        Assert.Equal(once.GetProperty("total").GetInt32(), result.GetProperty("total").GetInt32());
        Assert.Contains("query truncated to 1000 characters", result.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task Letter_prefixes_filling_the_query_find_nothing_quickly_and_say_why()
    {
        var query = string.Concat(Enumerable.Repeat("a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p* q* r* s* t* u* v* w* x* y* z* ", 20))[..1000];

        var result = await SearchAsync("/api/v1/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(0, result.GetProperty("total").GetInt32());
        Assert.Contains(
            "a prefix needs at least 3 letters before *; shorter ones were left out",
            result.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
    }

    private static Dictionary<string, int> Facet(JsonElement result, string name) =>
        result.GetProperty("facets").GetProperty(name).EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32(), StringComparer.Ordinal);

    [Theory]
    [InlineData("lang=xx", "lang")]
    [InlineData("kind=gossip", "kind")]
    [InlineData("year=abc", "year")]
    [InlineData("sort=random", "sort")]
    [InlineData("page=0", "page")]
    public async Task Bad_parameters_are_400_problems(string parameters, string field)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/search?q=x&" + parameters);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Analyze_lists_terms_with_positions_and_offsets()
    {
        var result = await SearchAsync("/api/v1/analyze?lang=ky&text=" + Uri.EscapeDataString("Бишкекте жана конуштарында"));

        var tokens = result.GetProperty("tokens").EnumerateArray().ToList();
        Assert.Equal(["бишкек", "конуш"], tokens.Select(t => t.GetProperty("term").GetString()));
        Assert.Equal(0, tokens[0].GetProperty("startOffset").GetInt32());
        Assert.Equal(8, tokens[0].GetProperty("endOffset").GetInt32());
        Assert.Equal(2, tokens[1].GetProperty("position").GetInt32());
        Assert.Equal("ky", result.GetProperty("identified").GetString());
    }

    [Theory]
    [InlineData("/api/v1/analyze?lang=xx&text=a")]
    [InlineData("/api/v1/analyze?lang=ru")]
    public async Task Analyze_rejects_bad_parameters(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
