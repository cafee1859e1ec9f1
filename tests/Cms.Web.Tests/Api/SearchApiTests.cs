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

        Assert.True(all.GetProperty("total").GetInt32() > ky.GetProperty("total").GetInt32() || Hits(ky).All(h => h.GetProperty("language").GetString() == "ky"));
        Assert.All(Hits(ky), h => Assert.Equal("ky", h.GetProperty("language").GetString()));
        Assert.Contains(all.GetProperty("facets").GetProperty("languages").EnumerateArray(), f => f.GetProperty("value").GetString() == "ru");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("((((")]
    [InlineData("NEAR(a b)")]
    [InlineData("'; DROP TABLE Stories; --")]
    [InlineData("title: OR AND NOT -")]
    [InlineData("%00%01")]
    public async Task Any_query_answers_200(string query)
    {
        var result = await SearchAsync("/api/v1/search?q=" + Uri.EscapeDataString(query));

        Assert.True(result.GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public async Task Ten_kilobytes_of_query_answers_200()
    {
        var query = string.Concat(Enumerable.Repeat("новостройка ", 900));

        var result = await SearchAsync("/api/v1/search?q=" + Uri.EscapeDataString(query));

        Assert.True(result.GetProperty("total").GetInt32() >= 0);
    }

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
