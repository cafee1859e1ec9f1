using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Tests.Newsroom;

namespace Cms.Web.Tests.Pages.Manager;

/// <summary>The stories matrix: each story's event date, last change and its author; a scheduled cell says when.</summary>
public sealed class IndexTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    [Fact]
    public async Task The_matrix_shows_the_event_date_the_last_change_its_author_and_when_a_translation_is_scheduled()
    {
        using var author = await factory.TokenClientAsync("author");
        using var editor = await factory.TokenClientAsync("editor");
        using var created = await author.PostAsJsonAsync("/api/v1/stories", new
        {
            kind = "event",
            sourceLanguage = "ru",
            eventStart = "2030-03-05",
            eventEnd = "2030-03-06",
            translations = new[] { new { language = "ru", title = "Матрица мероприятий", body = "Семинар в Караколе." } },
        });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { at = "2030-01-01T12:00" })).EnsureSuccessStatusCode();
        using var browser = await factory.ClientAsync("admin");
        (await browser.GetAsync("/manager/ui/ky")).Dispose();

        var page = await Html.ParseAsync(await browser.GetAsync("/manager?q=" + Uri.EscapeDataString("Матрица")));

        var row = page.QuerySelector($"tr[data-story='{key}']")!;
        Assert.Equal("5/3/2030 – 6/3/2030", row.QuerySelector("td.event")!.TextContent.Trim().Replace("\n", "", StringComparison.Ordinal).Replace("  ", "", StringComparison.Ordinal));
        // The test clock stands at 2026-11-22 06:00 UTC, 12:00 in Bishkek.
        Assert.Equal("22/11/2026 12:00", row.QuerySelector("td.last-change .when")!.TextContent);
        Assert.Equal(NewsroomFactory.EmailOf("editor"), row.QuerySelector("td.last-change .who")!.TextContent);
        Assert.Equal("жарыялоо пландаштырылды", row.QuerySelector("td.last-change .what")!.TextContent);
        Assert.Equal("пландаштырылган: 1/1/2030 12:00", row.QuerySelector("td[data-lang=ru] a.cell")!.TextContent);
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_says_so()
    {
        using var browser = await factory.ClientAsync("editor");
        (await browser.GetAsync("/manager/ui/ru")).Dispose();

        var page = await Html.ParseAsync(await browser.GetAsync("/manager?q=" + Uri.EscapeDataString("нет-такого-текста-нигде")));

        Assert.Equal("Нет материалов, подходящих под эти условия.", page.QuerySelector("#empty")!.TextContent);
        Assert.Null(page.QuerySelector("table.matrix"));
    }
}
