using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

/// <summary>Delete moves a story to the trash (invisible, out of the index); restore brings it back; purge is final.</summary>
public sealed class TrashTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    private async Task<(string Key, int Id, string Slug)> LiveStoryAsync(string title, string word)
    {
        using var editor = await factory.TokenClientAsync("editor");
        using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
        {
            sourceLanguage = "ru",
            translations = new[] { new { language = "ru", title, body = $"Встреча прошла в селе {word}." } },
        });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        using var published = await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { });
        var slug = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("translations")[0].GetProperty("slug").GetString()!;
        await using var scope = factory.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Stories.Where(s => s.Key == key).Select(s => s.Id).SingleAsync();
        return (key, id, slug);
    }

    private async Task<(HttpStatusCode Article, HttpStatusCode Api, int Hits)> ReaderAsync(string key, string slug, string word)
    {
        using var reader = factory.CreateNonRedirectingClient();
        using var article = await reader.GetAsync($"/ru/news/{slug}");
        using var api = await reader.GetAsync($"/api/v1/stories/{key}");
        var search = await reader.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString(word));
        return (article.StatusCode, api.StatusCode, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_deleted_story_waits_in_the_trash_and_comes_back_whole()
    {
        var (key, id, slug) = await LiveStoryAsync("Встреча в Арсланбобе", "Арсланбоб");
        using var editor = await factory.ClientAsync("editor");

        using var deleted = await NewsroomFactory.PostFormAsync(editor, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=delete", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, 0), await ReaderAsync(key, slug, "Арсланбоб"));
        var trash = await Html.ParseAsync(await editor.GetAsync("/manager/trash"));
        Assert.NotNull(trash.QuerySelector($"li[data-story='{key}']"));
        var matrix = await Html.ParseAsync(await editor.GetAsync("/manager?q=" + Uri.EscapeDataString("Арсланбоб")));
        Assert.Null(matrix.QuerySelector($"tr[data-story='{key}']"));
        var page = await Html.ParseAsync(await editor.GetAsync($"/manager/stories/{id}"));
        Assert.NotNull(page.QuerySelector("#trash"));
        Assert.Null(page.QuerySelector("form#editor"));
        using (var export = new TempDirectory())
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Cms.Web.Content.ContentExporter>().ExportAsync(export.Path);
            Assert.False(Directory.Exists(Path.Combine(export.Path, key)));
            Assert.True(Directory.Exists(Path.Combine(export.Path, "2023-08-22-osh-dialogue-platform")));
        }

        using var api = await factory.TokenClientAsync("editor");
        using var edit = await api.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ru", new { title = "Изменение в корзине", body = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);

        using var restored = await NewsroomFactory.PostFormAsync(editor, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=restore", []);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, 1), await ReaderAsync(key, slug, "Арсланбоб"));
    }

    [Fact]
    public async Task Only_an_admin_purges_and_only_after_typing_the_story_key()
    {
        var (key, id, slug) = await LiveStoryAsync("Встреча в Кызыл-Кие", "Кызыл-Кия");
        using var editor = await factory.ClientAsync("editor");
        using var admin = await factory.ClientAsync("admin");
        (await NewsroomFactory.PostFormAsync(editor, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=delete", [])).Dispose();

        using var byEditor = await NewsroomFactory.PostFormAsync(editor, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=purge", [new("confirm", key)]);
        var adminPage = await Html.ParseAsync(await admin.GetAsync($"/manager/stories/{id}"));
        using var wrongKey = await NewsroomFactory.PostFormAsync(admin, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=purge", [new("confirm", "something-else")]);

        Assert.StartsWith("/manager/denied", byEditor.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains(key, adminPage.QuerySelector("label[for=confirm]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Встреча в Кызыл-Кие", adminPage.QuerySelector("label[for=confirm]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/manager/stories/{id}")).StatusCode);

        using var purged = await NewsroomFactory.PostFormAsync(admin, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=purge", [new("confirm", key)]);

        Assert.Equal("/manager/trash", purged.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/manager/stories/{id}")).StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, 0), await ReaderAsync(key, slug, "Кызыл-Кия"));
    }
}
