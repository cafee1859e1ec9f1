using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Accounts;
using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests;

/// <summary>What tests of several nodes over one database do on a node: write through its API as an editor, and read
/// what it sees.</summary>
internal static class ClusterNodes
{
    private const string EditorEmail = "cluster-editor@newsroom.test";

    /// <summary>A client of <paramref name="node"/> with an editor's API token (the editor is created on first use; the
    /// database is shared, so a token works on every node). A request with a token is never answered from the page cache.</summary>
    public static async Task<HttpClient> EditorAsync(CmsWebFactory node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        if (!await db.Users.AnyAsync(u => u.Email == EditorEmail))
        {
            await accounts.AddAsync(EditorEmail, "correct horse battery", Roles.Editor, "test");
        }

        var token = await accounts.IssueTokenAsync(EditorEmail, "test", "test");
        var client = node.CreateNonRedirectingClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Creates a Russian story titled <paramref name="title"/>; publishes it now, or schedules it <paramref name="after"/>
    /// the publish request is sent (counted from then, not from before the story was created: on a loaded machine creating
    /// it can take longer than the lead, and a time already past publishes at once instead of scheduling).</summary>
    public static async Task<string> PublishAsync(HttpClient editor, string title, TimeSpan? after = null)
    {
        using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
        {
            sourceLanguage = "ru",
            translations = new[] { new { language = "ru", title, summary = title, body = $"{title}: семинар в Бишкеке." } },
        });
        created.EnsureSuccessStatusCode();
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        var at = DateTime.UtcNow + after;
        using var published = await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish",
            new { at = at?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) });
        published.EnsureSuccessStatusCode();
        return key;
    }

    public static async Task<bool> IsLiveAsync(CmsWebFactory node, string key)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Translations.AnyAsync(t => t.Story.Key == key && t.IsLive);
    }

    /// <summary>The audit rows of the scheduler publishing <paramref name="key"/>'s Russian translation.</summary>
    public static async Task<int> ScheduledPublicationsAsync(CmsWebFactory node, string key)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var target = key + "/ru";
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Audit
            .CountAsync(a => a.Actor == "scheduler" && a.Action == "publish" && a.Target == target);
    }

    /// <summary>Polls <paramref name="condition"/> every few milliseconds; the time it took to hold, or null after <paramref name="patience"/>.</summary>
    public static async Task<TimeSpan?> TimeUntilAsync(Func<Task<bool>> condition, TimeSpan patience)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < patience)
        {
            if (await condition())
            {
                return watch.Elapsed;
            }

            await Task.Delay(5);
        }

        return null;
    }

    /// <summary>Whether the node's search (the API) finds <paramref name="word"/>.</summary>
    public static async Task<bool> FindsAsync(HttpClient client, string word)
    {
        using var response = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(word));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32() > 0;
    }
}
