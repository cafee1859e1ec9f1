using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Tests.Cli;
using Cms.Web.Tests.Newsroom;

namespace Cms.Web.Tests.Search;

/// <summary>The site's index follows its writes: what a request publishes is searchable when it answers, what it
/// unpublishes is gone; the index is the site's alone; an admin can rebuild it while search keeps answering.</summary>
public sealed class SearchIndexSiteTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    [Fact]
    public async Task A_story_published_through_the_API_is_found_by_the_next_request_and_gone_after_unpublish()
    {
        using var editor = await factory.TokenClientAsync("editor");
        for (var i = 0; i < 5; i++)
        {
            var word = "квазарчик" + "абвгд"[i];
            using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
            {
                kind = "news",
                sourceLanguage = "ru",
                translations = new[] { new { language = "ru", title = "Новость про " + word, summary = "", body = "Текст про " + word + "." } },
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
            Assert.Equal(0, await TotalAsync(editor, word)); // a draft is not searchable

            using var published = await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { });
            Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
            Assert.False(published.Headers.Contains("Cms-Search-Index"));
            Assert.Equal(1, await TotalAsync(editor, word));

            using var unpublished = await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/unpublish", new { });
            Assert.True(unpublished.IsSuccessStatusCode, await unpublished.Content.ReadAsStringAsync());
            Assert.Equal(0, await TotalAsync(editor, word));
        }
    }

    [Fact]
    public async Task The_index_holds_exactly_the_live_translations()
    {
        using var editor = await factory.TokenClientAsync("editor");
        var status = await editor.GetFromJsonAsync<JsonElement>("/api/v1/search/index");

        Assert.True(status.GetProperty("liveTranslations").GetInt32() > 0);
        Assert.Equal(status.GetProperty("liveTranslations").GetInt32(), status.GetProperty("documents").GetInt32());
        Assert.Equal(status.GetProperty("logSequence").GetInt64(), status.GetProperty("searchableSequence").GetInt64());
        Assert.False(status.GetProperty("mayBeIncomplete").GetBoolean());
    }

    [Fact]
    public async Task The_index_status_is_for_editors_only()
    {
        using var anonymous = factory.CreateClient();
        using var author = await factory.TokenClientAsync("author");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/search/index")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync("/api/v1/search/index")).StatusCode);
    }

    [Fact]
    public async Task A_Kyrgyz_reader_sees_the_Kyrgyz_text_of_a_story_whose_Kyrgyz_text_matches()
    {
        using var client = factory.CreateClient();
        var ky = await client.GetStringAsync("/ky/search?q=" + Uri.EscapeDataString("семинар"));
        var ru = await client.GetStringAsync("/ru/search?q=" + Uri.EscapeDataString("семинар"));

        Assert.Contains("<li lang=\"ky\">", ky, StringComparison.Ordinal);
        Assert.DoesNotContain("data-notice=\"incomplete\"", ky, StringComparison.Ordinal);
        Assert.Contains("<li lang=\"ru\">", ru, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_process_cannot_write_the_index_of_a_running_site()
    {
        _ = factory.Server;

        var result = await CliRunner.RunAsync(factory.DataDirectory, "reindex");
        var search = await CliRunner.RunAsync(factory.DataDirectory, "search", "Ош");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("in use by another process", result.Error, StringComparison.Ordinal);
        Assert.Contains("/manager/admin/search", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, search.ExitCode); // reading the running site's index needs no lock
        Assert.DoesNotContain("0 stories", search.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_rebuilds_the_index_while_search_keeps_answering()
    {
        using var admin = await factory.ClientAsync("admin");
        using var anonymous = factory.CreateClient();
        var before = await TotalAsync(anonymous, "Ош");

        using var started = await NewsroomFactory.PostFormAsync(admin, "/manager/admin/search", "/manager/admin/search?handler=Rebuild", []);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        for (var i = 0; i < 100 && (await admin.GetStringAsync("/manager/admin/search")).Contains("disabled", StringComparison.Ordinal); i++)
        {
            Assert.Equal(before, await TotalAsync(anonymous, "Ош"));
            await Task.Delay(100);
        }

        var page = await admin.GetStringAsync("/manager/admin/search");
        Assert.DoesNotContain("disabled", page, StringComparison.Ordinal);
        Assert.Equal(before, await TotalAsync(anonymous, "Ош"));
        using var editor = await factory.TokenClientAsync("editor");
        var status = await editor.GetFromJsonAsync<JsonElement>("/api/v1/search/index");
        Assert.Equal(status.GetProperty("liveTranslations").GetInt32(), status.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Only_admins_see_and_rebuild_the_index()
    {
        using var editor = await factory.ClientAsync("editor");

        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync("/manager/admin/search")).StatusCode);
    }

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=" + Uri.EscapeDataString(query)));
        return json.RootElement.GetProperty("total").GetInt32();
    }
}
