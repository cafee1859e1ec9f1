using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

/// <summary>Revisions on every save, diffs between any two, restore as a new revision; outdated translations; conflicts.</summary>
public sealed class RevisionTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    private async Task<(string Key, int Id)> NewStoryAsync(HttpClient client, string title)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/stories", new
        {
            sourceLanguage = "ky",
            translations = new[]
            {
                new { language = "ky", title, body = "Биринчи вариант. Ош шаарында жыйын өттү." },
                new { language = "ru", title = title + " (ru)", body = "Первый вариант. В Оше прошло собрание." },
            },
        });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var key = json.GetProperty("key").GetString()!;
        await using var scope = factory.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Stories.Where(s => s.Key == key).Select(s => s.Id).SingleAsync();
        return (key, id);
    }

    private async Task<List<TranslationRevision>> RevisionsAsync(string key, string language)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Revisions.AsNoTracking()
            .Where(r => r.Translation.Story.Key == key && r.Translation.Language == language).OrderBy(r => r.Id).ToListAsync();
    }

    [Fact]
    public async Task Every_save_is_a_revision_any_two_can_be_compared_and_restore_makes_a_new_one()
    {
        using var api = await factory.TokenClientAsync("author");
        var (key, id) = await NewStoryAsync(api, "Ревизиялар");
        using var second = await api.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ky", new { title = "Ревизиялар", body = "Экинчи вариант. Бишкек шаарында жыйын өттү." });
        second.EnsureSuccessStatusCode();
        var revisions = await RevisionsAsync(key, "ky");
        Assert.Equal(2, revisions.Count);
        Assert.Equal("author@newsroom.test", revisions[1].SavedBy);

        using var browser = await factory.ClientAsync("author");
        var diff = await Html.ParseAsync(await browser.GetAsync($"/manager/stories/{id}/ky/revisions?a={revisions[0].Id}&b={revisions[1].Id}"));
        var body = diff.QuerySelectorAll("#diff .diff")[2];
        Assert.Contains(body.QuerySelectorAll("del"), d => d.TextContent.Contains("Ош", StringComparison.Ordinal));
        Assert.Contains(body.QuerySelectorAll("ins"), i => i.TextContent.Contains("Бишкек", StringComparison.Ordinal));

        using var restored = await NewsroomFactory.PostFormAsync(
            browser, $"/manager/stories/{id}/ky/revisions", $"/manager/stories/{id}/ky/revisions?handler=restore", [new("revision", revisions[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var after = await RevisionsAsync(key, "ky");
        Assert.Equal(3, after.Count);
        Assert.Equal("Биринчи вариант. Ош шаарында жыйын өттү.", after[2].Body);
        Assert.StartsWith("restore of #", after[2].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_source_makes_its_translation_outdated_until_it_is_reviewed()
    {
        using var api = await factory.TokenClientAsync("editor");
        var (key, id) = await NewStoryAsync(api, "Эскирген котормо");
        using var browser = await factory.ClientAsync("editor");

        (await api.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ky", new { title = "Эскирген котормо", body = "Жаңы текст: Нарын шаарында жыйын өттү." })).EnsureSuccessStatusCode();

        var matrix = await Html.ParseAsync(await browser.GetAsync("/manager?q=" + Uri.EscapeDataString("Эскирген")));
        Assert.NotNull(matrix.QuerySelector($"tr[data-story='{key}'] td[data-lang=ru] [data-outdated]"));
        Assert.Null(matrix.QuerySelector($"tr[data-story='{key}'] td[data-lang=ky] [data-outdated]"));
        var editor = await Html.ParseAsync(await browser.GetAsync($"/manager/stories/{id}?left=ky&right=ru"));
        var sourceDiff = editor.QuerySelector("#ru details.notice .diff");
        Assert.True(sourceDiff is not null, editor.QuerySelector("#ru")?.OuterHtml);
        Assert.Contains(sourceDiff.QuerySelectorAll("ins"), i => i.TextContent.Contains("Нарын", StringComparison.Ordinal));

        var saved = await api.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ru", new { title = "Эскирген котормо (ru)", body = "Новый текст: в Нарыне прошло собрание.", reviewed = true });
        var json = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(json.GetProperty("translations").EnumerateArray().Single(t => t.GetProperty("language").GetString() == "ru").GetProperty("outdated").GetBoolean());
    }

    [Fact]
    public async Task The_second_of_two_saves_from_the_same_version_gets_a_conflict_and_nothing_is_overwritten()
    {
        using var api = await factory.TokenClientAsync("author");
        var (key, id) = await NewStoryAsync(api, "Конфликт");
        using var browser = await factory.ClientAsync("author");
        var page = await Html.ParseAsync(await browser.GetAsync($"/manager/stories/{id}?left=ky&right=ru"));
        var version = page.QuerySelector("#ky input[name='Columns[0].Version']")!.GetAttribute("value")!;

        using var first = await api.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ky", new { title = "Конфликт", body = "Биринчи редактордун тексти.", version = int.Parse(version, System.Globalization.CultureInfo.InvariantCulture) });
        using var secondApi = await api.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ky", new { title = "Конфликт", body = "Экинчи редактордун тексти.", version = int.Parse(version, System.Globalization.CultureInfo.InvariantCulture) });
        using var secondPage = await NewsroomFactory.PostFormAsync(browser, $"/manager/stories/{id}", $"/manager/stories/{id}?handler=save&left=ky&right=ru",
            [new("Columns[0].Language", "ky"), new("Columns[0].Version", version), new("Columns[0].Title", "Конфликт"), new("Columns[0].Body", "Үчүнчү редактордун тексти."), new("Then", "save")]);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondApi.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondPage.StatusCode);
        var conflict = await Html.ParseAsync(secondPage);
        var panel = conflict.QuerySelector("#conflict")!.TextContent;
        Assert.Contains("Биринчи редактордун тексти.", panel, StringComparison.Ordinal);
        Assert.Contains("Үчүнчү редактордун тексти.", panel, StringComparison.Ordinal);
        Assert.Equal("Биринчи редактордун тексти.", (await RevisionsAsync(key, "ky"))[^1].Body);
        Assert.Contains("Үчүнчү редактордун тексти.", conflict.QuerySelector("#body-ky")!.TextContent, StringComparison.Ordinal);
    }
}
