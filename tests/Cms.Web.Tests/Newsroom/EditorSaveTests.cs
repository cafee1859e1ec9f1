using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

/// <summary>The side-by-side editor: one form, one transaction, each column with its own version check.</summary>
public sealed class EditorSaveTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    private async Task<(string Key, int Id)> DraftStoryAsync(string title)
    {
        using var author = await factory.TokenClientAsync("author");
        using var created = await author.PostAsJsonAsync("/api/v1/stories", new
        {
            sourceLanguage = "ky",
            translations = new[]
            {
                new { language = "ky", title, body = "Кыргызча текст." },
                new { language = "ru", title = title + " (ru)", body = "Русский текст." },
            },
        });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        return (key, await StoryIdAsync(key));
    }

    private async Task<int> StoryIdAsync(string key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Stories.Where(s => s.Key == key).Select(s => s.Id).SingleAsync();
    }

    private async Task<Story> StoryAsync(string key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Stories.AsNoTracking().Include(s => s.Translations).SingleAsync(s => s.Key == key);
    }

    /// <summary>The editor's form as the page shows it, with some fields changed.</summary>
    private static Task<List<KeyValuePair<string, string>>> FormAsync(HttpClient browser, int id, Dictionary<string, string> changes) =>
        EditorPage.FieldsAsync(browser, $"/manager/stories/{id}?left=ky&right=ru", changes);

    [Fact]
    public async Task One_save_stores_the_shared_fields_and_both_columns_together()
    {
        var (key, id) = await DraftStoryAsync("Бир сактоо");
        using var browser = await factory.ClientAsync("author");

        using var saved = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru", await FormAsync(browser, id, new()
        {
            ["Columns[0].Body"] = "Кыргызча жаңы текст.",
            ["Columns[1].Body"] = "Новый русский текст.",
            ["Organisers"] = "Международная организация (IWO, Берлин)\nქალთა ფონდი (IWO, ბერლინი)",
            ["Then"] = "save",
        }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var story = await StoryAsync(key);
        Assert.Equal("Кыргызча жаңы текст.", story.Translations.Single(t => t.Language == "ky").Body);
        Assert.Equal("Новый русский текст.", story.Translations.Single(t => t.Language == "ru").Body);
        // Names no term had become new terms, labelled in the language their letters tell; the story holds their keys.
        Assert.Equal(2, story.Organisers.Count);
        var shown = await Html.ParseAsync(await browser.GetAsync($"/manager/stories/{id}?left=ky&right=ru"));
        Assert.Equal("Международная организация (IWO, Берлин)\nქალთა ფონდი (IWO, ბერლინი)", shown.QuerySelector("#organisers")!.TextContent.Trim());
        var georgian = await browser.GetFromJsonAsync<JsonElement>($"/api/v1/terms/organisation/{story.Organisers[1]}");
        Assert.Equal("ქალთა ფონდი (IWO, ბერლინი)", georgian.GetProperty("labels").GetProperty("ka").GetString());
        Assert.Equal(JsonValueKind.Null, georgian.GetProperty("labels").GetProperty("ru").ValueKind);

        // Saving the page again as shown changes nothing: the organisers are one per line, never split on commas.
        using var again = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru", await FormAsync(browser, id, new() { ["Then"] = "save" }));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var unchanged = await StoryAsync(key);
        Assert.Equal(story.Organisers, unchanged.Organisers);
        Assert.Equal(story.Version, unchanged.Version);
        Assert.Equal(story.Translations.Select(t => t.Version), unchanged.Translations.Select(t => t.Version));
    }

    [Fact]
    public async Task Event_details_with_an_address_per_language_save_from_the_form_and_a_bad_one_keeps_what_was_typed()
    {
        var (key, id) = await DraftStoryAsync("Семинар дарек менен");
        using var browser = await factory.ClientAsync("editor");
        var page = await Html.ParseAsync(await browser.GetAsync($"/manager/stories/{id}?left=ky&right=ru"));
        Assert.Equal("ka", page.QuerySelector("input[name='VenueAddress[ka]']")!.GetAttribute("lang"));

        using var saved = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru", await FormAsync(browser, id, new()
        {
            ["Kind"] = "seminar",
            ["EventStart"] = "2026-12-20",
            ["EventStartTime"] = "10:00",
            ["Venue"] = "Ош",
            ["VenueAddress[ky]"] = "Ленин көчөсү, 205",
            ["VenueAddress[ru]"] = "  ул. Ленина, 205  ",
            ["Then"] = "save",
        }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var story = await StoryAsync(key);
        Assert.Equal(new Dictionary<string, string> { ["ky"] = "Ленин көчөсү, 205", ["ru"] = "ул. Ленина, 205" }, story.VenueAddress);
        Assert.Equal("osh", story.Venue);
        var shown = await Html.ParseAsync(await browser.GetAsync($"/manager/stories/{id}?left=ky&right=ru"));
        Assert.Equal("ул. Ленина, 205", shown.QuerySelector("input[name='VenueAddress[ru]']")!.GetAttribute("value"));
        Assert.Equal("", shown.QuerySelector("input[name='VenueAddress[ka]']")!.GetAttribute("value"));

        using var failed = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru", await FormAsync(browser, id, new()
        {
            ["VenueAddress[ka]"] = new string('ა', 301),
            ["Then"] = "save",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        var again = await Html.ParseAsync(failed);
        Assert.Equal(new string('ა', 301), again.QuerySelector("input[name='VenueAddress[ka]']")!.GetAttribute("value"));
        Assert.Contains("300", again.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(story.VenueAddress, (await StoryAsync(key)).VenueAddress);
    }

    [Fact]
    public async Task When_one_column_is_invalid_nothing_is_saved_and_every_typed_text_stays_on_the_page()
    {
        var (key, id) = await DraftStoryAsync("Бузук тилке");
        using var browser = await factory.ClientAsync("author");

        using var failed = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru", await FormAsync(browser, id, new()
        {
            ["Columns[0].Body"] = "Бул текст жоголбошу керек.",
            ["Columns[1].Slug"] = "Не Латиница",
            ["Columns[1].Body"] = "Этот текст тоже не должен пропасть.",
            ["Tags"] = "жаңы тег",
            ["Then"] = "save",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        var page = await Html.ParseAsync(failed);
        Assert.Equal("Бул текст жоголбошу керек.", page.QuerySelector("#body-ky")!.TextContent.Trim());
        Assert.Equal("Этот текст тоже не должен пропасть.", page.QuerySelector("#body-ru")!.TextContent.Trim());
        Assert.Equal("жаңы тег", page.QuerySelector("#tags")!.TextContent.Trim());
        var story = await StoryAsync(key);
        Assert.Equal("Кыргызча текст.", story.Translations.Single(t => t.Language == "ky").Body);
        Assert.Empty(story.Tags);
    }

    [Fact]
    public async Task A_column_left_untouched_does_not_conflict_with_a_newer_save_of_it()
    {
        var (key, id) = await DraftStoryAsync("Тийбеген тилке");
        using var browser = await factory.ClientAsync("author");
        var form = await FormAsync(browser, id, new() { ["Columns[0].Body"] = "Менин кыргызча текстим.", ["Then"] = "save" });
        using var api = await factory.TokenClientAsync("author");
        (await api.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ru", new { title = "Тийбеген тилке (ru)", body = "Кто-то другой сохранил русский текст." })).EnsureSuccessStatusCode();

        using var saved = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru", form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var story = await StoryAsync(key);
        Assert.Equal("Менин кыргызча текстим.", story.Translations.Single(t => t.Language == "ky").Body);
        Assert.Equal("Кто-то другой сохранил русский текст.", story.Translations.Single(t => t.Language == "ru").Body);
    }

    [Fact]
    public async Task A_changed_column_saved_from_an_old_version_conflicts_and_keep_mine_then_wins()
    {
        var (key, id) = await DraftStoryAsync("Чыр-чатак");
        using var browser = await factory.ClientAsync("author");
        var form = await FormAsync(browser, id, new() { ["Columns[1].Body"] = "Мой русский текст.", ["Then"] = "save" });
        using var api = await factory.TokenClientAsync("author");
        (await api.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ru", new { title = "Чыр-чатак (ru)", body = "Их русский текст." })).EnsureSuccessStatusCode();

        using var conflict = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru", form);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await Html.ParseAsync(conflict);
        Assert.Contains("Их русский текст.", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Мой русский текст.", page.QuerySelector("#body-ru")!.TextContent.Trim());
        Assert.Equal("Их русский текст.", (await StoryAsync(key)).Translations.Single(t => t.Language == "ru").Body);

        var keepMine = page.QuerySelector("form#editor")!.QuerySelectorAll("input[name], textarea[name], select[name]")
            .Where(e => e.GetAttribute("name") != "__RequestVerificationToken")
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.LocalName == "textarea" ? e.TextContent
                : e.LocalName == "select" ? e.QuerySelector("option[selected]")?.GetAttribute("value") ?? "" : e.GetAttribute("value") ?? ""))
            .Append(new("Then", "save")).ToList();
        using var kept = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru", keepMine);
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Equal("Мой русский текст.", (await StoryAsync(key)).Translations.Single(t => t.Language == "ru").Body);
    }

    [Fact]
    public async Task The_editor_form_warns_before_leaving_with_unsaved_changes()
    {
        var (_, id) = await DraftStoryAsync("Эскертүү");
        using var browser = await factory.ClientAsync("author");

        var page = await Html.ParseAsync(await browser.GetAsync($"/manager/stories/{id}"));
        var script = await browser.GetStringAsync("/js/manager.js");

        Assert.NotNull(page.QuerySelector("form#editor[data-unsaved-warning]"));
        Assert.Contains("beforeunload", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("left=%D0%B6")]
    [InlineData("right=xx")]
    public async Task An_unknown_column_language_is_a_400_before_anything_is_saved(string query)
    {
        var (key, id) = await DraftStoryAsync("Тил " + query.Length);
        using var browser = await factory.ClientAsync("author");

        using var response = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&{query}",
            [new("Kind", "news"), new("Columns[0].Language", "ky"), new("Columns[0].Title", "Сакталбайт"), new("Then", "save")]);
        using var page = await browser.GetAsync($"/manager/stories/{id}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.NotEqual("Сакталбайт", (await StoryAsync(key)).Translations.Single(t => t.Language == "ky").Title);
    }

    [Fact]
    public async Task Concurrent_creates_with_the_same_title_all_succeed_with_distinct_keys()
    {
        using var author = await factory.TokenClientAsync("author");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => author.PostAsJsonAsync("/api/v1/stories", new
        {
            sourceLanguage = "ru",
            translations = new[] { new { language = "ru", title = "Одновременный круглый стол", body = "Текст." } },
        })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var keys = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()));
        Assert.Equal(6, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
