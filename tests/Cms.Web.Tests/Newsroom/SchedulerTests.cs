using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Data;
using Cms.Web.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

/// <summary>The scheduler applies each due story on its own; times sent without an offset are read in Cms:TimeZone.</summary>
public sealed class SchedulerTests
{
    [Fact]
    public async Task A_story_that_fails_is_marked_and_skipped_while_the_ones_around_it_go_out_on_time()
    {
        await using var site = new PoisonedNewsroomFactory();
        var poisoned = site;
        using var editor = await site.TokenClientAsync("editor");
        var at = site.Clock.GetUtcNow().AddHours(1).UtcDateTime;
        var keys = new List<string>();
        foreach (var title in new[] { "Первый круглый стол", "poison", "Третий круглый стол" })
        {
            using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
            {
                sourceLanguage = "ru",
                translations = new[] { new { language = "ru", title, body = $"{title}: семинар в Таласе." } },
            });
            var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
            (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { at })).EnsureSuccessStatusCode();
            keys.Add(key);
        }

        site.Clock.Advance(TimeSpan.FromHours(2));
        await using (var scope = poisoned.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NewsroomService>().ApplyDueAsync();
        }

        await using (var scope = poisoned.Services.CreateAsyncScope())
        {
            var stories = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Stories.AsNoTracking().Include(s => s.Translations)
                .Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key);
            Assert.True(stories[keys[0]].Translations.Single().IsLive);
            Assert.False(stories[keys[1]].Translations.Single().IsLive);
            Assert.True(stories[keys[2]].Translations.Single().IsLive);
            Assert.Contains("poisoned story", stories[keys[1]].ScheduleError, StringComparison.Ordinal);

            // Asked again at once, it leaves the failing story alone rather than failing every minute.
            Assert.Null(await scope.ServiceProvider.GetRequiredService<NewsroomService>().ApplyDueAsync());
            var id = stories[keys[1]].Id;
            using var browser = await site.ClientAsync("editor");
            var page = await Html.ParseAsync(await browser.GetAsync($"/manager/stories/{id}"));
            Assert.Contains("poisoned story", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Schedulers_running_at_once_apply_and_audit_each_due_change_once()
    {
        await using var site = new NewsroomFactory();
        using var editor = await site.TokenClientAsync("editor");
        var at = site.Clock.GetUtcNow().AddHours(1).UtcDateTime;
        var keys = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
            {
                sourceLanguage = "ru",
                translations = new[] { new { language = "ru", title = $"Круглый стол номер {i + 1}", body = "Семинар в Оше." } },
            });
            var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
            (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { at, unpublishAt = at.AddHours(1) })).EnsureSuccessStatusCode();
            keys.Add(key);
        }

        // As several nodes would, without a lease: four schedulers at once, for the publications, then for the expiries.
        foreach (var step in new[] { TimeSpan.FromMinutes(90), TimeSpan.FromHours(1) })
        {
            site.Clock.Advance(step);
            await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
            {
                await using var scope = site.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<NewsroomService>().ApplyDueAsync();
            }));
        }

        await using var check = site.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<CmsDbContext>();
        var targets = keys.Select(k => k + "/ru").ToList();
        var audit = await db.Audit.AsNoTracking().Where(a => a.Actor == PublishingScheduler.Actor && targets.Contains(a.Target)).ToListAsync();
        Assert.All(targets, target =>
        {
            Assert.Single(audit, a => a.Target == target && a.Action == AuditActions.Publish);
            Assert.Single(audit, a => a.Target == target && a.Action == AuditActions.Unpublish);
        });
        var expired = await db.Revisions.CountAsync(r => keys.Contains(r.Translation.Story.Key) && r.Note == RevisionNotes.Expired);
        Assert.Equal(keys.Count, expired);
        Assert.Equal(0, await db.Stories.CountAsync(s => keys.Contains(s.Key) && s.ScheduleError != null));
    }

    [Theory]
    [InlineData("2030-01-01T12:00:00", "2030-01-01T06:00:00Z")]
    [InlineData("2030-01-01T12:00", "2030-01-01T06:00:00Z")]
    [InlineData("2030-01-01T12:00:00Z", "2030-01-01T12:00:00Z")]
    [InlineData("2030-01-01T12:00:00+04:00", "2030-01-01T08:00:00Z")]
    public async Task A_time_without_an_offset_is_read_in_the_site_time_zone(string at, string expected)
    {
        await using var site = new NewsroomFactory();
        using var editor = await site.TokenClientAsync("editor");

        using var published = await editor.PostAsJsonAsync("/api/v1/stories/2023-08-22-osh-dialogue-platform/translations/ru/publish", new { at });

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var ru = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("translations").EnumerateArray().Single(t => t.GetProperty("language").GetString() == "ru");
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), ru.GetProperty("publishedAt").GetDateTime().ToUniversalTime());
    }

    [Theory]
    [InlineData("at", "1980-01-01T00:00:00Z")]
    [InlineData("at", "2101-01-01T00:00:00Z")]
    [InlineData("at", "tomorrow")]
    [InlineData("at", "01/02/2030 12:00")]
    [InlineData("unpublishAt", "2030-02-30T10:00")]
    public async Task A_time_that_is_not_one_or_out_of_range_is_a_400(string field, string value)
    {
        await using var site = new NewsroomFactory();
        using var editor = await site.TokenClientAsync("editor");

        using var response = await editor.PostAsJsonAsync("/api/v1/stories/2023-08-22-osh-dialogue-platform/translations/ru/publish",
            new Dictionary<string, string> { [field] = value });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_published_body_is_rendered_once_and_kept()
    {
        await using var site = new NewsroomFactory();
        using var editor = await site.TokenClientAsync("editor");
        using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
        {
            sourceLanguage = "ru",
            translations = new[] { new { language = "ru", title = "Готовый HTML", body = "Текст **жирный**." } },
        });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        using var published = await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { });
        var slug = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("translations")[0].GetProperty("slug").GetString()!;

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var translation = await db.Translations.SingleAsync(t => t.Slug == slug);
            Assert.Equal("<p>Текст <strong>жирный</strong>.</p>", translation.BodyHtml!.Trim());
            translation.BodyHtml = "<p>kept-html</p>";
            await db.SaveChangesAsync();
        }

        using var reader = site.CreateClient();
        Assert.Contains("<p>kept-html</p>", await reader.GetStringAsync($"/ru/news/{slug}"), StringComparison.Ordinal);
    }
}
