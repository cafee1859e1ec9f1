using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Tests.Newsroom;

namespace Cms.Web.Tests.Api;

/// <summary>Bad input is refused where it enters: a 400 with the field, never a 500.</summary>
public sealed class InputRulesApiTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text[..Math.Min(400, text.Length)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
    }

    private static object Story(string kind = "news", string[]? tags = null, string body = "Текст.") => new
    {
        kind,
        sourceLanguage = "ru",
        tags = tags ?? [],
        translations = new[] { new { language = "ru", title = "Круглый стол в Оше", body } },
    };

    [Fact]
    public async Task Two_hundred_thousand_tags_are_a_400()
    {
        using var client = await factory.TokenClientAsync("author");

        using var response = await client.PostAsJsonAsync("/api/v1/stories", Story(tags: [.. Enumerable.Range(0, 200_000).Select(i => "tag" + i)]));

        await AssertFieldErrorAsync(response, "tags");
    }

    [Fact]
    public async Task A_numeric_kind_is_a_400_on_create_and_on_update()
    {
        using var client = await factory.TokenClientAsync("author");

        using var created = await client.PostAsJsonAsync("/api/v1/stories", Story(kind: "7"));
        await AssertFieldErrorAsync(created, "kind");

        using var good = await client.PostAsJsonAsync("/api/v1/stories", Story());
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var key = (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        using var updated = await client.PutAsJsonAsync($"/api/v1/stories/{key}", new { kind = "1" });
        await AssertFieldErrorAsync(updated, "kind");
    }

    [Fact]
    public async Task A_noncharacter_in_a_tag_or_the_text_is_a_400()
    {
        using var client = await factory.TokenClientAsync("author");

        using var tag = await client.PostAsJsonAsync("/api/v1/stories", Story(tags: ["диалог\uFFFE"]));
        using var body = await client.PostAsJsonAsync("/api/v1/stories", Story(body: "text \uFFFF text"));

        await AssertFieldErrorAsync(tag, "tags");
        await AssertFieldErrorAsync(body, "body");
    }

    [Theory]
    [InlineData("> ")]
    [InlineData("[")]
    public async Task A_body_nested_128_deep_is_a_400(string level)
    {
        using var client = await factory.TokenClientAsync("author");

        using var response = await client.PostAsJsonAsync("/api/v1/stories", Story(body: string.Concat(Enumerable.Repeat(level, 128)) + "x"));

        await AssertFieldErrorAsync(response, "body");
    }

    [Fact]
    public async Task Sixty_thousand_autolinks_are_a_400()
    {
        using var client = await factory.TokenClientAsync("author");

        using var response = await client.PostAsJsonAsync("/api/v1/stories", Story(body: string.Concat(Enumerable.Repeat("www.a.b ", 60_000))));

        await AssertFieldErrorAsync(response, "body");
    }

    [Theory]
    [InlineData("/api/v1/search?q=osh&tag=%EF%BF%BE", "tag")]
    [InlineData("/api/v1/search?q=osh&place=%EF%BF%BF", "place")]
    [InlineData("/api/v1/search?tag=%EF%BF%BE", "tag")]
    [InlineData("/api/v1/search?q=x&kind=7", "kind")]
    public async Task A_search_filter_with_a_noncharacter_or_a_numeric_kind_is_a_400(string url, string field)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        await AssertFieldErrorAsync(response, field);
    }

    [Theory]
    [InlineData("/ru/search?q=osh&tag=%EF%BF%BE")]
    [InlineData("/ru/search?q=osh&place=%EF%BF%BE")]
    public async Task The_search_page_answers_a_noncharacter_filter_with_a_400(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/search?q=%EF%BF%BEosh%EF%BF%BF")]
    [InlineData("/api/v1/search?q=tag:%EF%BF%BE")]
    [InlineData("/api/v1/search?q=place:%22a%EF%BF%BEb%22")]
    [InlineData("/api/v1/search?q=kind:7")]
    [InlineData("/ru/search?q=tag:%EF%BF%BE")]
    public async Task A_noncharacter_in_the_query_itself_is_harmless(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("> ")]
    [InlineData("[")]
    [InlineData("- ")]
    public async Task The_preview_of_a_body_nested_128_deep_is_a_400_with_a_message(string level)
    {
        using var client = await factory.ClientAsync("author");

        using var response = await NewsroomFactory.PostFormAsync(client, "/manager/stories/new", "/manager/preview", [new("markdown", string.Concat(Enumerable.Repeat(level, 128)) + "x")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // The manager page shows the detail: in the manager's language (Russian by default).
        Assert.Contains("Строка 1 текста", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_still_renders_ordinary_markdown()
    {
        using var client = await factory.ClientAsync("author");

        using var response = await NewsroomFactory.PostFormAsync(client, "/manager/stories/new", "/manager/preview", [new("markdown", "> **Ош**")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>Ош</strong>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
