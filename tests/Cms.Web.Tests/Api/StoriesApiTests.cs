using System.Net;
using System.Text.Json;

namespace Cms.Web.Tests.Api;

public sealed class StoriesApiTests(CmsWebFactory factory) : IClassFixture<CmsWebFactory>
{
    [Fact]
    public async Task List_pages_published_stories_in_a_language()
    {
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/stories?lang=ru&page=1"));

        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(20, root.GetProperty("pageSize").GetInt32());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("total").GetInt32(), items.Count);
        Assert.All(items, i => Assert.Contains(i.GetProperty("translations").EnumerateArray(), t => t.GetProperty("language").GetString() == "ru"));
        Assert.Contains(items, i => i.GetProperty("key").GetString() == "2023-08-22-osh-dialogue-platform");
    }

    [Fact]
    public async Task Story_lists_its_translations_with_absolute_urls_and_utc_times()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/stories/2023-08-22-osh-dialogue-platform");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var root = json.RootElement;
        Assert.Equal("dialogue-platform", root.GetProperty("kind").GetString());
        var translations = root.GetProperty("translations").EnumerateArray().ToList();
        Assert.Equal(["ky", "ru"], translations.Select(t => t.GetProperty("language").GetString()));
        var ru = translations[1];
        Assert.Equal("published", ru.GetProperty("status").GetString());
        Assert.Equal("2023-08-22T06:00:00Z", ru.GetProperty("publishedAt").GetString());
        var url = new Uri(ru.GetProperty("url").GetString()!);
        Assert.True(url.IsAbsoluteUri);
        Assert.Equal("/ru/news/v-oshe-sostoyalos-pervoe-zasedanie-dialogovoy-ploshchadki", url.AbsolutePath);
    }

    [Fact]
    public async Task Unknown_key_is_a_404_problem()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/stories/no-such-story");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("lang=en", "lang")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=-1", "page")]
    public async Task Bad_parameters_are_a_400_with_the_reason(string query, string field)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/stories?" + query);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }
}
