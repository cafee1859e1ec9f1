using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Data;
using Cms.Web.Tests.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Pages.Manager.Stories;

/// <summary>
/// The editor in the user's language: times typed in the UI culture and read in the site's zone (Asia/Bishkek,
/// UTC+6), a clear field error for a bad one, "scheduled for …" and "published in … at …", text fields carrying
/// their translation's language, and duplicating a story as a template.
/// </summary>
public sealed class EditTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    private async Task<(string Key, int Id)> DraftStoryAsync(string title, string? place = null)
    {
        using var author = await factory.TokenClientAsync("author");
        using var created = await author.PostAsJsonAsync("/api/v1/stories", new
        {
            kind = "announcement",
            sourceLanguage = "ky",
            eventStart = "2030-12-30",
            places = place is null ? Array.Empty<string>() : [place],
            translations = new[]
            {
                new { language = "ky", title, summary = "Кыскача.", body = "Кыргызча текст." },
                new { language = "ru", title = title + " (ru)", summary = "Кратко.", body = "Русский текст." },
            },
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        await using var scope = factory.Services.CreateAsyncScope();
        return (key, await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Stories.Where(s => s.Key == key).Select(s => s.Id).SingleAsync());
    }

    private async Task<Story> StoryAsync(int id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Stories.AsNoTracking().Include(s => s.Translations).SingleAsync(s => s.Id == id);
    }

    private async Task<HttpClient> EditorInAsync(string language)
    {
        var editor = await factory.ClientAsync("editor");
        (await editor.GetAsync("/manager/ui/" + language)).Dispose();
        return editor;
    }

    /// <summary>The columns' form fields as the page shows them (the shared fields left out), with the action.</summary>
    private static async Task<List<KeyValuePair<string, string>>> ColumnsAsync(HttpClient client, int id, string then, string at)
    {
        var page = await Html.ParseAsync(await client.GetAsync($"/manager/stories/{id}?left=ky&right=ru"));
        var fields = page.QuerySelectorAll("form#editor section input[name^=Columns], form#editor section textarea[name^=Columns]")
            .Where(e => e.GetAttribute("type") != "checkbox")
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.LocalName == "textarea" ? e.TextContent : e.GetAttribute("value") ?? ""))
            .Where(f => f.Key != "Columns[1].At")
            .ToList();
        fields.Add(new("Columns[1].At", at));
        fields.Add(new("Then", then));
        return fields;
    }

    [Theory]
    [InlineData("ru", "31.12.2030 14:30", "Запланировано на 31.12.2030 14:30")]
    [InlineData("ky", "31/12/2030 14:30", "Жарыялоо пландаштырылган: 31/12/2030 14:30")]
    [InlineData("ka", "31.12.2030 14:30", "გამოქვეყნება დაგეგმილია: 31.12.2030 14:30")]
    public async Task A_time_typed_in_the_ui_culture_is_read_in_the_site_zone_and_the_translation_says_scheduled_for(string ui, string typed, string says)
    {
        var (_, id) = await DraftStoryAsync("Пландоо " + ui);
        using var editor = await EditorInAsync(ui);

        using var response = await NewsroomFactory.PostFormAsync(editor, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru", await ColumnsAsync(editor, id, "schedule:ru", typed));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var ru = (await StoryAsync(id)).Translations.Single(t => t.Language == "ru");
        Assert.Equal(new DateTime(2030, 12, 31, 8, 30, 0, DateTimeKind.Utc), ru.PublishedUtc);
        var page = await Html.ParseAsync(await editor.GetAsync(response.Headers.Location!.ToString()));
        var meta = page.QuerySelector("#ru [data-scheduled]")!.TextContent;
        Assert.StartsWith(says, meta, StringComparison.Ordinal);
        Assert.Equal("scheduled", page.QuerySelector("#ru h2 [data-state]")!.GetAttribute("data-state"));
        Assert.Equal(typed.Replace("  ", " ", StringComparison.Ordinal), page.QuerySelector("#at-ru")!.GetAttribute("value"));
        Assert.Equal("text", page.QuerySelector("#at-ru")!.GetAttribute("type"));
        Assert.Contains(ui == "ru" ? "запланирована на 31.12.2030 14:30" : ui == "ky" ? "пландаштырылды" : "დაიგეგმა", page.QuerySelector("[data-done]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(ui == "ru" ? "Опубликовано" : ui == "ky" ? "Жарыяланды" : "გამოქვეყნდა", page.QuerySelector("#ru .meta")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "12/31/2030 02:30 PM", "«12/31/2030 02:30 PM» — не дата и время; введите в виде 31.12.2030 14:30")]
    [InlineData("ky", "2030.31.12", "«2030.31.12» дата жана убакыт эмес; 31/12/2030 14:30 түрүндө териңиз")]
    public async Task A_bad_time_is_a_field_error_in_the_ui_language_and_keeps_what_was_typed(string ui, string typed, string message)
    {
        var (_, id) = await DraftStoryAsync("Жаман убакыт " + ui);
        using var editor = await EditorInAsync(ui);

        using var response = await NewsroomFactory.PostFormAsync(editor, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru", await ColumnsAsync(editor, id, "schedule:ru", typed));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, page.QuerySelector("#at-error-ru")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#at-ru")!.GetAttribute("aria-invalid"));
        Assert.Equal(typed, page.QuerySelector("#at-ru")!.GetAttribute("value"));
        Assert.Null((await StoryAsync(id)).Translations.Single(t => t.Language == "ru").PublishedUtc);
    }

    [Fact]
    public async Task A_publish_says_what_it_did_in_the_ui_language()
    {
        var (_, id) = await DraftStoryAsync("Жарыялоо билдирүүсү");
        using var editor = await EditorInAsync("ru");

        using var response = await NewsroomFactory.PostFormAsync(editor, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru", await ColumnsAsync(editor, id, "publish:ru", ""));
        var page = await Html.ParseAsync(await editor.GetAsync(response.Headers.Location!.ToString()));

        // The test clock stands at 2026-11-22 06:00 UTC: 12:00 in Bishkek.
        var done = page.QuerySelector("[data-done]")!;
        Assert.Equal("Publish", done.GetAttribute("data-done")?.Split('.')[^1]);
        Assert.Equal("Опубликована версия «Русский»: 12:00.", done.TextContent);
    }

    [Fact]
    public async Task Text_fields_carry_their_translations_language_and_the_summary_is_multi_line()
    {
        var (_, id) = await DraftStoryAsync("Тил белгиси");
        using var editor = await EditorInAsync("ka");

        var page = await Html.ParseAsync(await editor.GetAsync($"/manager/stories/{id}?left=ky&right=ru"));

        foreach (var language in new[] { "ky", "ru" })
        {
            foreach (var field in new[] { "title", "slug", "summary", "body", "preview" })
            {
                Assert.Equal(language, page.QuerySelector($"#{field}-{language}")!.GetAttribute("lang"));
            }

            Assert.Equal("textarea", page.QuerySelector($"#summary-{language}")!.LocalName);
            Assert.Null(page.QuerySelector($"section#{language}")!.GetAttribute("lang"));
            Assert.Equal("ka", page.QuerySelector($"section#{language} label[for=title-{language}]")!.Closest("[lang]")!.GetAttribute("lang"));
        }
    }

    [Fact]
    public async Task Duplicate_creates_a_draft_copy_with_a_new_key_through_the_change_log()
    {
        var (key, id) = await DraftStoryAsync("Үлгү катары", place: "Ош");
        using var editor = await EditorInAsync("ru");
        using (var published = await NewsroomFactory.PostFormAsync(editor, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru", await ColumnsAsync(editor, id, "publish:ru", "")))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        long logBefore;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            logBefore = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().ChangeLog.CountAsync();
        }

        using var response = await NewsroomFactory.PostFormAsync(editor, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=duplicate", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copyId = int.Parse(response.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(id, copyId);
        var original = await StoryAsync(id);
        var copy = await StoryAsync(copyId);
        Assert.NotEqual(key, copy.Key);
        Assert.Equal(original.Kind, copy.Kind);
        Assert.Equal(original.EventStart, copy.EventStart);
        Assert.Equal(original.SourceLanguage, copy.SourceLanguage);
        Assert.Equal(["osh"], Cms.Web.Newsroom.StoryFields.Of(copy).Places);
        Assert.Equal(2, copy.Translations.Count);
        foreach (var translation in copy.Translations)
        {
            var from = original.Translations.Single(t => t.Language == translation.Language);
            Assert.Equal(TranslationStatus.Draft, translation.Status);
            Assert.False(translation.IsLive);
            Assert.Null(translation.PublishedUtc);
            Assert.Equal(from.Title, translation.Title);
            Assert.Equal(from.Summary, translation.Summary);
            Assert.Equal(from.Body, translation.Body);
            Assert.NotEqual(from.Slug, translation.Slug);
        }

        Assert.Equal(TranslationStatus.Published, original.Translations.Single(t => t.Language == "ru").Status);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            Assert.Equal(logBefore + 1, await db.ChangeLog.CountAsync());
            Assert.True(await db.ChangeLog.AnyAsync(c => c.StoryKey == copy.Key));
            Assert.All(await db.Revisions.Where(r => r.Translation.StoryId == copyId).ToListAsync(), r => Assert.Equal("copy of " + key, r.Note));
            Assert.True(await db.Audit.AnyAsync(a => a.Action == "duplicate" && a.Target == copy.Key && a.Details == key));
        }

        var page = await Html.ParseAsync(await editor.GetAsync($"/manager/stories/{copyId}"));
        Assert.Contains(key, page.QuerySelector("[data-done]")!.TextContent, StringComparison.Ordinal);
        var revisions = await Html.ParseAsync(await editor.GetAsync($"/manager/stories/{copyId}/ky/revisions"));
        Assert.Equal("копия материала " + key, revisions.QuerySelector("td[data-note]")!.TextContent);
    }
}
