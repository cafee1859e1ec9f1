using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Newsroom;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

/// <summary>Draft → review → scheduled → live at its time (and in search in the same transaction) → expired.</summary>
public sealed class WorkflowTests
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<int> SearchTotalAsync(NewsroomFactory site, string query)
    {
        using var client = site.CreateClient();
        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString(query));
        return json.GetProperty("total").GetInt32();
    }

    private static async Task<DateTime?> ApplyDueAsync(NewsroomFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsroomService>().ApplyDueAsync();
    }

    [Fact]
    public async Task A_scheduled_translation_goes_live_at_its_time_also_after_a_restart_and_expires_at_its_end()
    {
        using var data = new TempDirectory();
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero));
        string key;
        await using (var site = new NewsroomFactory(data, clock))
        {
            using var author = await site.TokenClientAsync("author");
            using var editor = await site.TokenClientAsync("editor");
            var story = await JsonAsync(await author.PostAsJsonAsync("/api/v1/stories", new
            {
                kind = "event",
                sourceLanguage = "ky",
                places = new[] { "Ош" },
                translations = new[]
                {
                    new { language = "ky", title = "Кочкордо медиация боюнча тренинг", body = "Тренинг Кочкор айылында өтөт. Катышуучулар медиацияны үйрөнүшөт." },
                    new { language = "ru", title = "Тренинг по медиации в Кочкоре", body = "Тренинг пройдёт в селе Кочкор. Участники изучат медиацию." },
                },
            }));
            key = story.GetProperty("key").GetString()!;
            Assert.All(story.GetProperty("translations").EnumerateArray(), t => Assert.Equal("draft", t.GetProperty("status").GetString()));

            using var forbidden = await author.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ky/publish", new { });
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

            var at = clock.GetUtcNow().AddHours(2).UtcDateTime;
            var until = clock.GetUtcNow().AddDays(3).UtcDateTime;
            foreach (var language in new[] { "ky", "ru" })
            {
                var scheduled = await JsonAsync(await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/{language}/publish", new { at, unpublishAt = until }));
                var translation = scheduled.GetProperty("translations").EnumerateArray().Single(t => t.GetProperty("language").GetString() == language);
                Assert.False(translation.GetProperty("live").GetBoolean());
            }

            Assert.Equal(0, await SearchTotalAsync(site, "Кочкор"));
            using var client = site.CreateClient();
            using var early = await client.GetAsync($"/api/v1/stories/{key}");
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
            Assert.Equal(at, await ApplyDueAsync(site));
            Assert.Equal(0, await SearchTotalAsync(site, "Кочкор"));
        }

        clock.Advance(TimeSpan.FromHours(2));
        await using (var restarted = new NewsroomFactory(data, clock))
        {
            using var client = restarted.CreateClient();
            await ApplyDueAsync(restarted);

            Assert.Equal(1, await SearchTotalAsync(restarted, "Кочкор"));
            Assert.Equal(1, await SearchTotalAsync(restarted, "Kochkor"));
            var story = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stories/{key}");
            Assert.Equal(2, story.GetProperty("translations").GetArrayLength());
            var home = await client.GetStringAsync("/ky/");
            Assert.Contains("Кочкордо медиация боюнча тренинг", home, StringComparison.Ordinal);

            clock.Advance(TimeSpan.FromDays(3));
            await ApplyDueAsync(restarted);

            Assert.Equal(0, await SearchTotalAsync(restarted, "Кочкор"));
            using var gone = await client.GetAsync($"/api/v1/stories/{key}");
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
            using var editor = await restarted.TokenClientAsync("editor");
            using var manage = await editor.PutAsJsonAsync($"/api/v1/stories/{key}", new { kind = "event" });
            var states = (await JsonAsync(manage)).GetProperty("translations").EnumerateArray().Select(t => t.GetProperty("status").GetString());
            Assert.All(states, s => Assert.Equal("unpublished", s));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task The_background_service_publishes_without_anyone_asking()
    {
        await using var site = new NewsroomFactory();
        using var editor = await site.TokenClientAsync("editor");
        var story = await JsonAsync(await editor.PostAsJsonAsync("/api/v1/stories", new
        {
            sourceLanguage = "ru",
            translations = new[] { new { language = "ru", title = "Семинар в Караколе", body = "Семинар пройдёт в Караколе." } },
        }));
        var key = story.GetProperty("key").GetString()!;

        await JsonAsync(await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { at = site.Clock.GetUtcNow().AddMinutes(1).UtcDateTime }));
        site.Clock.Advance(TimeSpan.FromMinutes(2));
        await JsonAsync(await editor.PutAsJsonAsync($"/api/v1/stories/{key}", new { kind = "news" }));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await SearchTotalAsync(site, "Каракол") == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(1, await SearchTotalAsync(site, "Каракол"));
    }
}
