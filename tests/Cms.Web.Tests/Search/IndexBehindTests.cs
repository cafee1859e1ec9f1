using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Tests.Newsroom;

namespace Cms.Web.Tests.Search;

/// <summary>When the index does not show a change within the wait, the change still stands, the answer says indexing
/// is behind, and search catches up on its own.</summary>
public sealed class IndexBehindTests
{
    [Fact]
    public async Task A_publish_that_outruns_the_index_succeeds_says_so_and_is_searchable_soon_after()
    {
        await using var site = new SettingsNewsroomFactory(("SearchIndex:PublishWaitMilliseconds", "0"));
        using var editor = await site.TokenClientAsync("editor");
        using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
        {
            kind = "news",
            sourceLanguage = "ru",
            translations = new[] { new { language = "ru", title = "Новость про жирафчика", summary = "", body = "Текст." } },
        });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();

        using var published = await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { });

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("behind", Assert.Single(published.Headers.GetValues("Cms-Search-Index")));
        var found = false;
        for (var i = 0; i < 100 && !found; i++)
        {
            using var json = JsonDocument.Parse(await editor.GetStringAsync("/api/v1/search?q=" + Uri.EscapeDataString("жирафчика")));
            found = json.RootElement.GetProperty("total").GetInt32() == 1;
            await Task.Delay(found ? 0 : 50);
        }

        Assert.True(found, "the story never became searchable");
    }
}
