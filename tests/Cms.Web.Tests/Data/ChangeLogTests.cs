using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Data;
using Cms.Web.Newsroom;
using Cms.Web.Tests.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Data;

/// <summary>Every transaction that changes content appends to the change log; a failed one appends nothing.</summary>
public sealed class ChangeLogTests
{
    private static async Task<List<ChangeLogEntry>> LogAsync(NewsroomFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().ChangeLog.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    [Fact]
    public async Task Import_create_save_fields_publish_schedule_trash_and_restore_each_append_in_order()
    {
        await using var site = new NewsroomFactory();
        await site.EnsureUsersAsync();
        var seeded = await LogAsync(site);
        Assert.Equal(5, seeded.Select(e => e.StoryKey).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(seeded, e => e.StoryKey == "2023-08-22-osh-dialogue-platform");

        using var editor = await site.TokenClientAsync("editor");
        using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
        {
            sourceLanguage = "ru",
            translations = new[] { new { language = "ru", title = "Журнал изменений", body = "Текст." } },
        });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        (await editor.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ru", new { title = "Журнал изменений", body = "Другой текст." })).EnsureSuccessStatusCode();
        (await editor.PutAsJsonAsync($"/api/v1/stories/{key}", new { kind = "event", places = new[] { "Ош" } })).EnsureSuccessStatusCode();
        (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { at = site.Clock.GetUtcNow().AddHours(1).UtcDateTime })).EnsureSuccessStatusCode();
        site.Clock.Advance(TimeSpan.FromHours(2));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NewsroomService>().ApplyDueAsync();
            var newsroom = scope.ServiceProvider.GetRequiredService<NewsroomService>();
            var id = (await newsroom.LoadAsync(key)).Id;
            await newsroom.DeleteStoryAsync(id, "test");
            await newsroom.RestoreFromTrashAsync(id, "test");
        }

        var mine = (await LogAsync(site)).Where(e => e.StoryKey == key).ToList();
        Assert.True(mine.Count >= 7, string.Join(", ", mine.Select(e => e.Sequence)));
        Assert.Equal(mine.Select(e => e.Sequence).Order(), mine.Select(e => e.Sequence));
        Assert.All(mine, e => Assert.Matches(@"^\d+:ru$", e.Translations));
        Assert.True(mine[0].Sequence > seeded[^1].Sequence);
    }

    [Fact]
    public async Task A_change_that_fails_appends_nothing()
    {
        await using var site = new PoisonedNewsroomFactory();
        await site.EnsureUsersAsync();
        using var editor = await site.TokenClientAsync("editor");
        using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
        {
            sourceLanguage = "ru",
            translations = new[] { new { language = "ru", title = "poison", body = "Текст." } },
        });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        var before = (await LogAsync(site)).Count;

        using var publish = await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { });

        Assert.False(publish.IsSuccessStatusCode);
        Assert.Equal(before, (await LogAsync(site)).Count);
    }

    [Fact]
    public async Task Rows_older_than_the_retention_are_pruned_but_the_newest_stays()
    {
        await using var site = new NewsroomFactory();
        await site.EnsureUsersAsync();
        var all = await LogAsync(site);
        site.Clock.Advance(TimeSpan.FromDays(31));
        await using var scope = site.Services.CreateAsyncScope();

        var pruned = await scope.ServiceProvider.GetRequiredService<ChangeLogPruner>().PruneAsync();

        Assert.Equal(all.Count - 1, pruned);
        Assert.Equal([all[^1].Sequence], (await LogAsync(site)).Select(e => e.Sequence));
    }
}
