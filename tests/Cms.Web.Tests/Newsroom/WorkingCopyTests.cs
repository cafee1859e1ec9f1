using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

/// <summary>A live translation, and the shared fields of a story with one, change only by publishing.</summary>
public sealed class WorkingCopyTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    private async Task<(string Key, int Id, string KySlug)> LiveStoryAsync(string title)
    {
        using var editor = await factory.TokenClientAsync("editor");
        using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
        {
            kind = "news",
            sourceLanguage = "ky",
            places = new[] { "Ош" },
            tags = new[] { "диалоговая площадка" },
            translations = new[]
            {
                new { language = "ky", title, body = "Жарыяланган текст. Ош шаарында жыйын өттү." },
                new { language = "ru", title = title + " (ru)", body = "Опубликованный текст. В Оше прошло собрание." },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        foreach (var language in new[] { "ky", "ru" })
        {
            using var published = await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/{language}/publish", new { });
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var story = await db.Stories.Include(s => s.Translations).SingleAsync(s => s.Key == key);
        return (key, story.Id, story.Translations.Single(t => t.Language == "ky").Slug);
    }

    /// <summary>Everything a reader can see of the story: the article, the read API and search.</summary>
    private async Task<string> ReaderViewAsync(string key, string slug, string searchWord)
    {
        using var reader = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var article = await reader.GetAsync($"/ky/news/{slug}");
        var page = await Html.ParseAsync(article);
        var api = await reader.GetStringAsync($"/api/v1/stories/{key}");
        var search = await reader.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString(searchWord));
        return $"{(int)article.StatusCode}\n{page.QuerySelector("article")?.OuterHtml}\n{api}\n{search.GetProperty("total").GetInt32()}";
    }

    [Fact]
    public async Task Nothing_an_author_does_changes_what_readers_see()
    {
        var (key, id, slug) = await LiveStoryAsync("Автордун өзгөртүүсү");
        var before = await ReaderViewAsync(key, slug, "жашыруун");
        using var author = await factory.TokenClientAsync("author");
        using var browser = await factory.ClientAsync("author");

        using var fields = await author.PutAsJsonAsync($"/api/v1/stories/{key}", new { kind = "event", places = new[] { "Бишкек" }, tags = new[] { "коопсуздук" } });
        using var text = await author.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ky", new { title = "Жаңы аталыш жашыруун", body = "Жашыруун жаңы текст." });
        using var publish = await author.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ky/publish", new { });
        using var unpublish = await author.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/unpublish", new { });
        using var publishFields = await author.PostAsJsonAsync($"/api/v1/stories/{key}/publish", new { });
        using var editorForm = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru",
            [new("Kind", "news"), new("Places", "Алай 1"), new("Columns[0].Language", "ky"), new("Columns[0].Title", "Формадан жашыруун"), new("Columns[0].Body", "Формадан жашыруун текст."), new("Then", "save")]);
        using var editorPublish = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru",
            [new("Kind", "news"), new("Columns[0].Language", "ky"), new("Columns[0].Title", "Формадан жашыруун"), new("Then", "publish:ky")]);
        int apiRevision;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            apiRevision = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Revisions
                .Where(r => r.Translation.StoryId == id && r.Translation.Language == "ky" && r.Body == "Жашыруун жаңы текст.").MinAsync(r => r.Id);
        }

        using var restore = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}/ky/revisions", $"/manager/stories/{id}/ky/revisions?handler=restore",
            [new("revision", apiRevision.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        using var delete = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=delete", []);

        Assert.Equal(HttpStatusCode.OK, fields.StatusCode);
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unpublish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publishFields.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, editorForm.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editorPublish.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.StartsWith("/manager/denied", delete.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(before, await ReaderViewAsync(key, slug, "жашыруун"));

        // The changes are kept, shown to the newsroom, and go public when an editor publishes them.
        var matrix = await Html.ParseAsync(await browser.GetAsync("/manager?status=pending"));
        Assert.Equal("pending", matrix.QuerySelector($"tr[data-story='{key}'] td[data-lang=ky]")?.GetAttribute("data-state"));
        var editorPage = await Html.ParseAsync(await browser.GetAsync($"/manager/stories/{id}?left=ky&right=ru"));
        Assert.NotNull(editorPage.QuerySelector("#ky [data-pending-diff]"));
        Assert.NotNull(editorPage.QuerySelector("#pending-fields"));
        using var editor = await factory.TokenClientAsync("editor");
        using var approved = await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ky/publish", new { });
        var story = await approved.Content.ReadFromJsonAsync<JsonElement>();
        var ky = story.GetProperty("translations").EnumerateArray().Single(t => t.GetProperty("language").GetString() == "ky");
        Assert.Equal(slug, ky.GetProperty("slug").GetString());
        Assert.False(ky.GetProperty("pendingChanges").GetBoolean());
        Assert.Equal("alai-1", story.GetProperty("places")[0].GetString());
        var after = await ReaderViewAsync(key, slug, "жашыруун");
        Assert.NotEqual(before, after);
        Assert.Contains("Жашыруун жаңы текст.", after, StringComparison.Ordinal); // the restored revision
    }

    [Fact]
    public async Task Saving_a_live_translation_keeps_the_published_text_until_it_is_published()
    {
        var (key, id, slug) = await LiveStoryAsync("Редактордун долбоору");
        using var browser = await factory.ClientAsync("editor");
        var page = await Html.ParseAsync(await browser.GetAsync($"/manager/stories/{id}?left=ky&right=ru"));
        string Value(string name) => page.QuerySelector($"input[name='{name}']")!.GetAttribute("value")!;

        using var saved = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru",
        [
            new("Kind", "news"), new("FieldsVersion", Value("FieldsVersion")), new("FieldsOriginal", Value("FieldsOriginal")),
            new("Places", "Ош"), new("Tags", "диалоговая площадка"),
            new("Columns[0].Language", "ky"), new("Columns[0].Version", Value("Columns[0].Version")), new("Columns[0].Original", Value("Columns[0].Original")),
            new("Columns[0].Title", "Редактордун долбоору"), new("Columns[0].Body", "Жаңыланган кара сөз: Баткен шаарында."),
            new("Then", "save"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var reader = factory.CreateClient();
        Assert.Contains("Жарыяланган текст", await reader.GetStringAsync($"/ky/news/{slug}"), StringComparison.Ordinal);
        Assert.Equal(0, (await reader.GetFromJsonAsync<JsonElement>("/api/v1/search?q=Баткен")).GetProperty("total").GetInt32());
        var editorPage = await Html.ParseAsync(await browser.GetAsync($"/manager/stories/{id}?left=ky&right=ru"));
        Assert.Contains("Баткен", editorPage.QuerySelector("#body-ky")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(editorPage.QuerySelectorAll("#ky [data-pending-diff] ins"), i => i.TextContent.Contains("Баткен", StringComparison.Ordinal));

        var again = await Html.ParseAsync(await browser.GetAsync($"/manager/stories/{id}?left=ky&right=ru"));
        using var published = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru",
        [
            new("Kind", "news"), new("Places", "Ош"), new("Tags", "диалоговая площадка"),
            new("Columns[0].Language", "ky"), new("Columns[0].Version", again.QuerySelector("input[name='Columns[0].Version']")!.GetAttribute("value")!),
            new("Columns[0].Title", "Редактордун долбоору"), new("Columns[0].Body", "Жаңыланган кара сөз: Баткен шаарында."),
            new("Then", "publish:ky"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Баткен", await reader.GetStringAsync($"/ky/news/{slug}"), StringComparison.Ordinal);
        Assert.Equal(1, (await reader.GetFromJsonAsync<JsonElement>("/api/v1/search?q=Баткен")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Leaving_out_the_slug_never_moves_a_live_url()
    {
        var (key, _, slug) = await LiveStoryAsync("Дарек өзгөрбөйт");
        using var editor = await factory.TokenClientAsync("editor");

        (await editor.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ky", new { title = "Таптакыр башка аталыш", body = "Текст." })).EnsureSuccessStatusCode();
        using var published = await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ky/publish", new { });

        var ky = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("translations").EnumerateArray().Single(t => t.GetProperty("language").GetString() == "ky");
        Assert.Equal("Таптакыр башка аталыш", ky.GetProperty("title").GetString());
        Assert.Equal(slug, ky.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Republishing_a_live_translation_keeps_its_publication_date()
    {
        var (key, _, _) = await LiveStoryAsync("Күнү сакталат");
        using var editor = await factory.TokenClientAsync("editor");
        var first = await (await editor.GetAsync($"/api/v1/stories/{key}")).Content.ReadFromJsonAsync<JsonElement>();
        factory.Clock.Advance(TimeSpan.FromHours(3));

        (await editor.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ky", new { title = "Күнү сакталат", body = "Оңдолгон текст." })).EnsureSuccessStatusCode();
        using var published = await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ky/publish", new { });

        var ky = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("translations").EnumerateArray().Single(t => t.GetProperty("language").GetString() == "ky");
        var was = first.GetProperty("translations").EnumerateArray().Single(t => t.GetProperty("language").GetString() == "ky");
        Assert.Equal(was.GetProperty("publishedAt").GetDateTime(), ky.GetProperty("publishedAt").GetDateTime());
    }

    [Fact]
    public async Task Only_an_editor_changes_the_alt_text_of_a_live_story_picture()
    {
        var (key, _, _) = await LiveStoryAsync("Сүрөттүн жазуусу");
        using var author = await factory.ClientAsync("author");
        var token = await NewsroomFactory.AntiforgeryTokenAsync(author, "/manager/media");
        using (var form = new MultipartFormDataContent())
        {
            var file = new ByteArrayContent(MediaInspectorTests.Png(4, 3));
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
            form.Add(file, "file", "round-table.png");
            form.Add(new StringContent(token), "__RequestVerificationToken");
            (await author.PostAsync("/manager/media?handler=upload", form)).Dispose();
        }

        MediaItem media;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            media = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Media.OrderByDescending(m => m.Id).FirstAsync();
        }

        using var editor = await factory.TokenClientAsync("editor");
        (await editor.PutAsJsonAsync($"/api/v1/stories/{key}", new { kind = "news", places = new[] { "Ош" }, tags = new[] { "диалоговая площадка" }, image = media.StoredName })).EnsureSuccessStatusCode();
        (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/publish", new { })).EnsureSuccessStatusCode();
        var path = $"/manager/media?handler=alt&id={media.Id}";

        using var byAuthor = await NewsroomFactory.PostFormAsync(author, "/manager/media", path, [new("alt[ky]", "Автор өзгөрттү")]);
        using var editorBrowser = await factory.ClientAsync("editor");
        using var byEditor = await NewsroomFactory.PostFormAsync(editorBrowser, "/manager/media", path, [new("alt[ky]", "Тегерек үстөл")]);

        Assert.StartsWith("/manager/denied", byAuthor.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("/manager/media", byEditor.Headers.Location!.OriginalString);
        await using var check = factory.Services.CreateAsyncScope();
        var alt = await check.ServiceProvider.GetRequiredService<CmsDbContext>().Media.Where(m => m.Id == media.Id).SelectMany(m => m.AltTexts).SingleAsync();
        Assert.Equal("Тегерек үстөл", alt.Text);
    }
}
