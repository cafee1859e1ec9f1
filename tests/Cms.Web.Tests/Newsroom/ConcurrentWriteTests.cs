using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Accounts;
using Cms.Web.Data;
using Cms.Web.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

/// <summary>
/// Writes that check before they insert, run at once (as on several nodes): each must succeed or be refused with a
/// reason, never fail on a unique index (a 500). On PostgreSQL, which reads committed data, they take a transaction's
/// advisory lock; on SQLite transactions take turns anyway.
/// </summary>
public sealed class ConcurrentWriteTests
{
    private const int Racers = 6;

    [Fact]
    public async Task Accounts_added_at_once_on_a_new_database_create_each_role_once()
    {
        await using var site = new CmsWebFactory();
        var added = await Task.WhenAll(Enumerable.Range(0, Racers).Select(async i =>
        {
            await using var scope = site.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync($"racer{i}@newsroom.test", "correct horse battery", Roles.All[i % 3], "test");
            return i;
        }));

        Assert.Equal(Racers, added.Length);
        await using var check = site.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<CmsDbContext>();
        Assert.Equal([.. Roles.All.Order(StringComparer.Ordinal)], await db.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync());
        Assert.Equal(Racers, await db.UserRoles.CountAsync());
    }

    [Fact]
    public async Task Saves_of_the_same_new_term_at_once_create_it_once()
    {
        await using var site = new NewsroomFactory();
        using var editor = await site.TokenClientAsync("editor");

        var responses = await Task.WhenAll(Enumerable.Range(0, Racers).Select(i =>
            editor.PutAsJsonAsync("/api/v1/terms/tag/parallel-forum", new { labels = new { ru = "Параллельный форум", ky = $"Параллелдүү форум {i}" } })));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, r.StatusCode.ToString()));
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var term = await db.Terms.AsNoTracking().SingleAsync(t => t.Key == "parallel-forum");
        Assert.Equal(Racers, term.Version); // created once, then saved over by each of the others
        Assert.Equal(1, await db.Audit.CountAsync(a => a.Action == AuditActions.TermCreate && a.Target == "tag:parallel-forum"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Editors_naming_the_same_new_tag_at_once_create_one_term()
    {
        await using var site = new NewsroomFactory();
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var ids = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Stories.OrderBy(s => s.Id).Select(s => s.Id).Take(4).ToListAsync();
            await Task.WhenAll(ids.Select(async id =>
            {
                await using var racer = site.Services.CreateAsyncScope();
                var newsroom = racer.ServiceProvider.GetRequiredService<NewsroomService>();
                var story = await newsroom.LoadAsync(id);
                var fields = NewsroomService.WorkingFieldsOf(story);
                await newsroom.SaveEditorAsync(id, new EditorSave(fields with { Tags = [.. fields.Tags, "Одновременный тег"] }, story.Version, null, [], null, CreateTerms: true), "editor");
            }));
        }

        await using var check = site.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<CmsDbContext>();
        var term = Assert.Single(await db.Terms.AsNoTracking().Where(t => t.Labels.Any(l => l.Text == "Одновременный тег")).ToListAsync());
        var stories = await db.Stories.AsNoTracking().Include(s => s.Translations).OrderBy(s => s.Id).Take(4).ToListAsync();
        Assert.All(stories, s => Assert.Contains(term.Key, NewsroomService.WorkingFieldsOf(s).Tags));
    }

    [Fact]
    public async Task Stories_and_translations_with_the_same_title_at_once_get_their_own_keys_and_slugs()
    {
        await using var site = new NewsroomFactory();
        using var editor = await site.TokenClientAsync("editor");

        var created = await Task.WhenAll(Enumerable.Range(0, Racers).Select(_ => editor.PostAsJsonAsync("/api/v1/stories", new
        {
            sourceLanguage = "ru",
            translations = new[] { new { language = "ru", title = "Одинаковый заголовок", body = "Текст." } },
        })));
        Assert.All(created, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var stories = await Task.WhenAll(created.Select(async r => await r.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(Racers, stories.Select(s => s.GetProperty("key").GetString()).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Racers, stories.Select(RussianSlug).Distinct(StringComparer.Ordinal).Count());

        // The same title added at once as the Kyrgyz translation of each.
        var keys = stories.Select(s => s.GetProperty("key").GetString()!).ToList();
        var translated = await Task.WhenAll(keys.Select(key => editor.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ky", new { title = "Бирдей аталыш", body = "Текст." })));
        Assert.All(translated, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await using var scope = site.Services.CreateAsyncScope();
        var slugs = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Translations
            .Where(t => t.Language == "ky" && keys.Contains(t.Story.Key)).Select(t => t.Slug).ToListAsync();
        Assert.Equal(Racers, slugs.Distinct(StringComparer.Ordinal).Count());
        foreach (var response in created.Concat(translated))
        {
            response.Dispose();
        }
    }

    private static string RussianSlug(JsonElement story) =>
        story.GetProperty("translations").EnumerateArray().Single(t => t.GetProperty("language").GetString() == "ru").GetProperty("slug").GetString()!;
}
