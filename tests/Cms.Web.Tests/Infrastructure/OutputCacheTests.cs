using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cms.Web.Data;
using Cms.Web.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Infrastructure;

/// <summary>
/// Public pages and the read API are served from the page cache until a change evicts them: a publish, unpublish, edit,
/// term edit or scheduled publish shows on the very next request, on every page it affects, and only there. Cached
/// responses answer conditional requests with 304; nothing signed in, no manager page and no response setting a
/// cookie is cached. Pages are compressed; fingerprinted static files are immutable.
/// </summary>
public sealed partial class OutputCacheTests(PageCacheFactory factory) : IClassFixture<PageCacheFactory>
{
    private const string Tag = "round-table";
    private const string Unrelated = "/ru/news/v-oshe-sostoyalos-pervoe-zasedanie-dialogovoy-ploshchadki";

    [Fact]
    public async Task A_publish_shows_on_the_next_request_wherever_it_appears_and_evicts_nothing_else()
    {
        using var reader = factory.CreateClient();
        using var editor = await factory.TokenClientAsync("editor");
        const string word = "кэшпроверка";
        var search = "/ru/search?q=" + Uri.EscapeDataString(word);
        string[] pages = ["/ru/", "/ky/", "/ru/tag/" + Tag, search, "/api/v1/stories?lang=ru", Unrelated];
        foreach (var page in pages)
        {
            await GetAsync(reader, page);
            Assert.True((await GetAsync(reader, page)).Cached, page + " is cached");
        }

        var unrelated = await GetAsync(reader, Unrelated);
        var key = await CreateAsync(editor, "Круглый стол " + word, "Тегерек стол " + word);
        var ruSlug = await SlugAsync(key, "ru");
        var kySlug = await SlugAsync(key, "ky");
        await PublishAsync(editor, key, "ru");

        Assert.Contains("Круглый стол " + word, (await GetAsync(reader, "/ru/")).Body, StringComparison.Ordinal);
        Assert.Contains("Круглый стол " + word, (await GetAsync(reader, "/ru/tag/" + Tag)).Body, StringComparison.Ordinal);
        Assert.Contains("Круглый стол " + word, (await GetAsync(reader, search)).Body, StringComparison.Ordinal);
        Assert.Contains(key, (await GetAsync(reader, "/api/v1/stories?lang=ru")).Body, StringComparison.Ordinal);
        var article = await GetAsync(reader, "/ru/news/" + ruSlug);
        Assert.Equal(HttpStatusCode.OK, article.Status);
        Assert.DoesNotContain("/ky/news/" + kySlug, article.Body, StringComparison.Ordinal);
        Assert.True((await GetAsync(reader, "/ru/news/" + ruSlug)).Cached);

        // The other translation goes live: the Russian article links to it at once.
        await PublishAsync(editor, key, "ky");
        Assert.Contains("/ky/news/" + kySlug, (await GetAsync(reader, "/ru/news/" + ruSlug)).Body, StringComparison.Ordinal);
        Assert.Contains("Тегерек стол " + word, (await GetAsync(reader, "/ky/")).Body, StringComparison.Ordinal);

        // An edit, once published.
        (await editor.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ru", new { title = "Исправленный круглый стол " + word, body = "Текст." }))
            .EnsureSuccessStatusCode();
        await PublishAsync(editor, key, "ru");
        Assert.Contains("Исправленный круглый стол", (await GetAsync(reader, "/ru/news/" + ruSlug)).Body, StringComparison.Ordinal);
        Assert.Contains("Исправленный круглый стол", (await GetAsync(reader, "/ru/")).Body, StringComparison.Ordinal);

        // The tag removed: the term's page no longer lists the story.
        Assert.Contains(ruSlug, (await GetAsync(reader, "/ru/tag/" + Tag)).Body, StringComparison.Ordinal);
        (await editor.PutAsJsonAsync($"/api/v1/stories/{key}", new { kind = "round-table", tags = Array.Empty<string>() })).EnsureSuccessStatusCode();
        (await editor.PostAsync($"/api/v1/stories/{key}/publish", null)).EnsureSuccessStatusCode();
        Assert.DoesNotContain(ruSlug, (await GetAsync(reader, "/ru/tag/" + Tag)).Body, StringComparison.Ordinal);

        // Unpublished: gone from the list, the article and search.
        (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/unpublish", new { })).EnsureSuccessStatusCode();
        Assert.DoesNotContain(ruSlug, (await GetAsync(reader, "/ru/")).Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(reader, "/ru/news/" + ruSlug)).Status);
        Assert.DoesNotContain(ruSlug, (await GetAsync(reader, search)).Body, StringComparison.Ordinal);

        // Through all of it another story's article stayed in the cache, unchanged.
        var after = await GetAsync(reader, Unrelated);
        Assert.True(after.Cached);
        Assert.Equal(unrelated.ETag, after.ETag);
    }

    [Fact]
    public async Task An_unchanged_page_answers_304_and_a_changed_one_200_with_a_new_ETag()
    {
        using var reader = factory.CreateClient();
        using var editor = await factory.TokenClientAsync("editor");
        var first = await GetAsync(reader, "/ru/");
        Assert.NotNull(first.ETag);
        Assert.NotNull(first.LastModified);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/ru/");
        conditional.Headers.IfNoneMatch.Add(first.ETag!);
        using var notModified = await reader.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(first.ETag, notModified.Headers.ETag);

        var key = await CreateAsync(editor, "Новость для проверки ETag", "ETag текшерүү");
        await PublishAsync(editor, key, "ru");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/ru/");
        again.Headers.IfNoneMatch.Add(first.ETag!);
        using var changed = await reader.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(first.ETag, changed.Headers.ETag);
        Assert.Contains("Новость для проверки ETag", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // If-Modified-Since alone, a second after the change: the date of the cached page is enough.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/unpublish", new { })).EnsureSuccessStatusCode();
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var fresh = await GetAsync(reader, "/ru/");
        using var since = new HttpRequestMessage(HttpMethod.Get, "/ru/");
        since.Headers.IfModifiedSince = fresh.LastModified;
        using var unmodified = await reader.SendAsync(since);
        Assert.Equal(HttpStatusCode.NotModified, unmodified.StatusCode);
    }

    [Fact]
    public async Task Manager_pages_signed_in_requests_and_responses_setting_a_cookie_are_never_cached()
    {
        using var anonymous = factory.CreateClient();
        using var signedIn = await factory.ClientAsync("editor");
        using var token = await factory.TokenClientAsync("editor");
        foreach (var page in new[] { "/ru/", "/api/v1/stories?lang=ru" })
        {
            await GetAsync(anonymous, page);
            Assert.True((await GetAsync(anonymous, page)).Cached);
        }

        await GetAsync(signedIn, "/manager/");
        var manager = await GetAsync(signedIn, "/manager/");
        Assert.Equal(HttpStatusCode.OK, manager.Status);
        Assert.False(manager.Cached);
        Assert.Null(manager.ETag);
        Assert.False((await GetAsync(signedIn, "/ru/")).Cached);
        Assert.False((await GetAsync(token, "/api/v1/stories?lang=ru")).Cached);

        const string probe = "/ru/events?probe=cookie";
        using (var setting = new HttpRequestMessage(HttpMethod.Get, probe))
        {
            setting.Headers.Add(PageCacheFactory.SetCookieHeader, "1");
            using var withCookie = await anonymous.SendAsync(setting);
            Assert.True(withCookie.Headers.Contains("Set-Cookie"));
        }

        Assert.False((await GetAsync(anonymous, probe)).Cached); // the response with the cookie was not kept
        Assert.True((await GetAsync(anonymous, probe)).Cached); // the one without was
    }

    [Fact]
    public async Task A_term_renamed_shows_its_new_name_on_the_next_request()
    {
        using var reader = factory.CreateClient();
        using var editor = await factory.TokenClientAsync("editor");
        (await editor.PutAsJsonAsync("/api/v1/terms/tag/cache-probe", new { labels = new { ru = "первое имя" } })).EnsureSuccessStatusCode();
        await GetAsync(reader, "/ru/tag/cache-probe");
        var before = await GetAsync(reader, "/ru/tag/cache-probe");
        Assert.True(before.Cached);
        Assert.Contains("первое имя", before.Body, StringComparison.Ordinal);
        await GetAsync(reader, "/api/v1/terms/tag/cache-probe?lang=ru");

        (await editor.PutAsJsonAsync("/api/v1/terms/tag/cache-probe", new { labels = new { ru = "второе имя" } })).EnsureSuccessStatusCode();

        Assert.Contains("второе имя", (await GetAsync(reader, "/ru/tag/cache-probe")).Body, StringComparison.Ordinal);
        Assert.Contains("второе имя", (await GetAsync(reader, "/api/v1/terms/tag/cache-probe?lang=ru")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheduled_publish_shows_on_the_next_request_after_the_scheduler_applied_it()
    {
        using var reader = factory.CreateClient();
        using var editor = await factory.TokenClientAsync("editor");
        var key = await CreateAsync(editor, "Запланированный семинар", "Пландалган семинар");
        var at = factory.Clock.GetUtcNow().AddHours(1).UtcDateTime;
        (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { at })).EnsureSuccessStatusCode();
        await GetAsync(reader, "/ru/");
        Assert.DoesNotContain("Запланированный семинар", (await GetAsync(reader, "/ru/")).Body, StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromHours(2));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NewsroomService>().ApplyDueAsync();
        }

        Assert.Contains("Запланированный семинар", (await GetAsync(reader, "/ru/")).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed_and_cached_once_per_encoding(string encoding)
    {
        using var reader = factory.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/ru/");
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var response = await reader.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            await using var body = await response.Content.ReadAsStreamAsync();
            await using Stream decoded = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
            using var text = new StreamReader(decoded, Encoding.UTF8);
            Assert.StartsWith("<!DOCTYPE html>", (await text.ReadToEndAsync()).TrimStart(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_fingerprinted_stylesheet_is_immutable_and_an_unfingerprinted_one_is_kept_an_hour()
    {
        using var reader = factory.CreateClient();
        var home = await reader.GetStringAsync("/ru/");
        var href = StylesheetHref().Match(home).Groups[1].Value;
        Assert.Contains("?v=", href, StringComparison.Ordinal);

        using var fingerprinted = await reader.GetAsync(href);
        using var plain = await reader.GetAsync("/css/site.css");
        using var stale = await reader.GetAsync("/css/site.css?v=an-old-fingerprint");

        Assert.Equal("public, max-age=31536000, immutable", fingerprinted.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=3600", plain.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=3600", stale.Headers.CacheControl?.ToString());
    }

    private static async Task<Page> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return new Page(
            response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Age is not null,
            response.Headers.ETag, response.Content.Headers.LastModified);
    }

    private async Task<string> CreateAsync(HttpClient editor, string ruTitle, string kyTitle)
    {
        using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
        {
            kind = "round-table",
            sourceLanguage = "ru",
            tags = new[] { Tag },
            translations = new[]
            {
                new { language = "ru", title = ruTitle, body = ruTitle + ": обсуждение в Оше." },
                new { language = "ky", title = kyTitle, body = kyTitle + ": Ошто талкуу." },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    private static async Task PublishAsync(HttpClient editor, string key, string language)
    {
        using var published = await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/{language}/publish", new { });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    private async Task<string> SlugAsync(string key, string language)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        return await db.Translations.Where(t => t.Story.Key == key && t.Language == language).Select(t => t.Slug).SingleAsync();
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetHref();

    private sealed record Page(HttpStatusCode Status, string Body, bool Cached, EntityTagHeaderValue? ETag, DateTimeOffset? LastModified);
}
