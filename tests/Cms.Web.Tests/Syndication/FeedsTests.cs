using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cms.Web.Data;
using Cms.Web.Tests.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Syndication;

/// <summary>The feeds: read by a real parser (feedparser), each listing exactly what its page lists, newest first,
/// changing with a publish or an unpublish on the next request.</summary>
public sealed partial class FeedsTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    private const string Site = "http://localhost";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Xml = XNamespace.Xml;

    [FeedparserFact]
    public async Task Each_language_feed_parses_and_lists_exactly_its_live_translations_newest_first()
    {
        using var client = factory.CreateClient();
        foreach (var (lang, title) in new[] { ("ky", "Диалог жаңылыктары: акыркы материалдар"), ("ru", "Новости диалога: последние материалы"), ("ka", "დიალოგის სიახლეები: უახლესი მასალები") })
        {
            using var response = await client.GetAsync($"/{lang}/feed.xml");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/atom+xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
            var feed = await ParsedAsync(await response.Content.ReadAsByteArrayAsync(), "atom10");

            Assert.Equal(title, feed.GetProperty("feed").GetProperty("title").GetString());
            Assert.Equal(lang, feed.GetProperty("feed").GetProperty("titleLanguage").GetString());
            var entries = Entries(feed);
            Assert.Equal(await LiveUrlsAsync(lang), entries.Select(e => e.GetProperty("link").GetString()));
            Assert.All(entries, e => Assert.Equal(lang, e.GetProperty("language").GetString()));
            AssertNewestFirst(entries);
        }
    }

    [FeedparserFact]
    public async Task An_entry_carries_summary_full_html_times_terms_author_and_links_to_its_other_translations()
    {
        const string OshRu = "/ru/news/v-oshe-sostoyalos-pervoe-zasedanie-dialogovoy-ploshchadki";
        const string OshKy = "/ky/news/osh-shaarynda-dialog-ayantchasynyn-birinchi-jyyyny-ottu";
        using var client = factory.CreateClient();

        var bytes = await client.GetByteArrayAsync("/ru/feed.xml");
        var entry = Entries(await ParsedAsync(bytes, "atom10")).Single(e => e.GetProperty("link").GetString() == Site + OshRu);
        var page = await Html.ParseAsync(await client.GetAsync(OshRu));

        Assert.Equal(page.QuerySelector("h1")!.TextContent, entry.GetProperty("title").GetString());
        Assert.Equal(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), entry.GetProperty("summary").GetString());
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(entry.GetProperty("content")[0].GetString()!);
        Assert.Equal(page.QuerySelector("div.body")!.TextContent.Trim(), html.Body!.TextContent.Trim());
        Assert.Equal("2023-08-22T06:00:00Z", entry.GetProperty("published").GetString());
        Assert.Equal("Новости диалога", entry.GetProperty("author").GetString());
        Assert.Contains("Ош", Strings(entry.GetProperty("tags")));
        Assert.Contains("диалоговая площадка", Strings(entry.GetProperty("tags")));
        Assert.Contains("новостройки", Strings(entry.GetProperty("tags")));
        var alternates = entry.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("rel").GetString() == "alternate" && l.GetProperty("hreflang").ValueKind == JsonValueKind.String)
            .ToDictionary(l => l.GetProperty("hreflang").GetString()!, l => l.GetProperty("href").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["ru"] = Site + OshRu, ["ky"] = Site + OshKy }, alternates);

        // The id stays the translation's, and is not the Kyrgyz translation's.
        var kyEntry = Entries(await ParsedAsync(await client.GetByteArrayAsync("/ky/feed.xml"), "atom10")).Single(e => e.GetProperty("link").GetString() == Site + OshKy);
        var again = Entries(await ParsedAsync(await client.GetByteArrayAsync("/ru/feed.xml"), "atom10")).Single(e => e.GetProperty("link").GetString() == Site + OshRu);
        Assert.Equal(entry.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.NotEqual(entry.GetProperty("id").GetString(), kyEntry.GetProperty("id").GetString());

        // Atom dates are RFC 3339 in UTC, as written.
        var written = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        Assert.All(written.Descendants(Atom + "published").Concat(written.Descendants(Atom + "updated")),
            d => Assert.Matches(Rfc3339(), d.Value));
        Assert.Equal("ru", written.Root!.Attribute(Xml + "lang")!.Value);
    }

    [FeedparserFact]
    public async Task The_rss_feed_parses_as_rss_2_with_rfc_822_dates_and_the_same_entries_as_the_atom_feed()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/ky/rss.xml");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rss = await ParsedAsync(bytes, "rss20");
        var atom = await ParsedAsync(await client.GetByteArrayAsync("/ky/feed.xml"), "atom10");

        Assert.Equal("application/rss+xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("ky", rss.GetProperty("feed").GetProperty("language").GetString());
        Assert.Equal(Entries(atom).Select(e => (e.GetProperty("id").GetString(), e.GetProperty("link").GetString(), e.GetProperty("published").GetString())),
            Entries(rss).Select(e => (e.GetProperty("id").GetString(), e.GetProperty("link").GetString(), e.GetProperty("published").GetString())));
        Assert.All(Entries(rss), e => Assert.NotEmpty(e.GetProperty("content")[0].GetString()!));
        var written = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        var dates = written.Descendants("pubDate").Select(d => d.Value).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Matches(Rfc822(), d));
    }

    [FeedparserFact]
    public async Task An_unpublish_removes_the_entry_from_every_feed_on_the_next_request()
    {
        using var editor = await factory.TokenClientAsync("editor");
        var (key, slug) = await PublishAsync(editor, "Новость о ленте для журналистов", "security");
        using var client = factory.CreateClient();
        var url = Site + "/ru/news/" + slug;
        string[] feeds = ["/ru/feed.xml", "/feed.xml", "/ru/tag/security/feed.xml", "/ru/rss.xml"];
        foreach (var feed in feeds)
        {
            Assert.Contains(url, await LinksAsync(client, feed));
        }

        (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/unpublish", new { })).EnsureSuccessStatusCode();

        foreach (var feed in feeds)
        {
            Assert.DoesNotContain(url, await LinksAsync(client, feed));
        }

        Assert.Equal(await LiveUrlsAsync("ru"), await LinksAsync(client, "/ru/feed.xml"));
    }

    [FeedparserFact]
    public async Task A_story_moved_to_the_trash_leaves_every_feed_and_the_sitemap()
    {
        using var editor = await factory.TokenClientAsync("editor");
        var (key, slug) = await PublishAsync(editor, "Новость, которая уйдёт в корзину", "security");
        using var client = factory.CreateClient();
        var url = Site + "/ru/news/" + slug;
        string[] feeds = ["/ru/feed.xml", "/feed.xml", "/ru/tag/security/feed.xml"];
        foreach (var feed in feeds)
        {
            Assert.Contains(url, await LinksAsync(client, feed));
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var newsroom = scope.ServiceProvider.GetRequiredService<Cms.Web.Newsroom.NewsroomService>();
            await newsroom.DeleteStoryAsync((await newsroom.LoadAsync(key)).Id, "test");
        }

        foreach (var feed in feeds)
        {
            Assert.DoesNotContain(url, await LinksAsync(client, feed));
        }

        Assert.DoesNotContain(url, await client.GetStringAsync("/sitemaps/ru.xml"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%EF%BF%BE")]
    [InlineData("%ED%A0%80")]
    [InlineData("title%3A%20(%22")]
    [InlineData("a*%20OR%20NOT%20-")]
    public async Task Odd_search_feed_queries_answer_a_feed_never_a_500(string q)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/ru/search/feed?q=" + q);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Atom + "feed", XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Name);
    }

    [FeedparserFact]
    public async Task The_feed_of_every_language_marks_each_entry_with_its_language()
    {
        using var client = factory.CreateClient();

        var bytes = await client.GetByteArrayAsync("/feed.xml");
        var feed = await ParsedAsync(bytes, "atom10");
        var written = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes));

        Assert.Null(written.Root!.Attribute(Xml + "lang"));
        var languages = written.Root.Elements(Atom + "entry").Select(e => e.Attribute(Xml + "lang")?.Value).ToList();
        Assert.Equal(["ka", "ky", "ru"], languages.Distinct().Order(StringComparer.Ordinal));
        var entries = Entries(feed);
        Assert.All(entries, e => Assert.StartsWith($"{Site}/{e.GetProperty("language").GetString()}/news/", e.GetProperty("link").GetString(), StringComparison.Ordinal));
        AssertNewestFirst(entries);
        var all = (await LiveUrlsAsync("ky")).Concat(await LiveUrlsAsync("ru")).Concat(await LiveUrlsAsync("ka")).ToHashSet();
        Assert.Equal(Math.Min(30, all.Count), entries.Count);
        Assert.Subset(all, entries.Select(e => e.GetProperty("link").GetString()!).ToHashSet());
        Assert.Contains("Новости диалога на всех языках", feed.GetProperty("feed").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/rss.xml")).StatusCode);
    }

    [FeedparserFact]
    public async Task A_term_feed_lists_exactly_the_stories_of_its_term_page_in_the_same_languages()
    {
        using var client = factory.CreateClient();
        foreach (var lang in new[] { "ru", "ka", "ky" })
        {
            var feed = await ParsedAsync(await client.GetByteArrayAsync($"/{lang}/tag/new-settlements/feed.xml"), "atom10");
            var page = await Html.ParseAsync(await client.GetAsync($"/{lang}/tag/new-settlements"));

            var listed = page.QuerySelectorAll("ul.story-list > li h2 a").Select(a => Site + a.GetAttribute("href")).Order(StringComparer.Ordinal).ToList();
            var entries = Entries(feed);
            Assert.Equal(3, listed.Count);
            Assert.Equal(listed, entries.Select(e => e.GetProperty("link").GetString()!).Order(StringComparer.Ordinal));
            Assert.All(entries, e => Assert.StartsWith($"{Site}/{e.GetProperty("language").GetString()}/news/", e.GetProperty("link").GetString(), StringComparison.Ordinal));
            AssertNewestFirst(entries);
        }

        var ru = await ParsedAsync(await client.GetByteArrayAsync("/ru/tag/new-settlements/feed.xml"), "atom10");
        Assert.Equal("Новости диалога: новостройки", ru.GetProperty("feed").GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ru/place/osh/rss.xml")).StatusCode);
    }

    [FeedparserFact]
    public async Task The_events_feed_lists_the_stories_of_the_events_page_newest_first()
    {
        using var client = factory.CreateClient();

        var feed = await ParsedAsync(await client.GetByteArrayAsync("/ka/events/feed.xml"), "atom10");
        var page = await Html.ParseAsync(await client.GetAsync("/ka/events"));

        var listed = page.QuerySelectorAll("ul.story-list > li h2 a").Select(a => Site + a.GetAttribute("href")).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(listed);
        Assert.Equal(listed, Entries(feed).Select(e => e.GetProperty("link").GetString()!).Order(StringComparer.Ordinal));
        AssertNewestFirst(Entries(feed));
        Assert.Equal("დიალოგის სიახლეები: ღონისძიებები", feed.GetProperty("feed").GetProperty("title").GetString());
    }

    [FeedparserFact]
    public async Task A_search_feed_lists_the_hits_of_the_search_page_with_its_filters()
    {
        using var client = factory.CreateClient();

        var feed = await ParsedAsync(await client.GetByteArrayAsync("/ru/search/feed?q=" + Uri.EscapeDataString("новостройки")), "atom10");
        var page = await Html.ParseAsync(await client.GetAsync("/ru/search?sort=date&q=" + Uri.EscapeDataString("новостройки")));
        var hits = page.QuerySelectorAll("main h2 a").Select(a => Site + a.GetAttribute("href")).ToList();

        Assert.Equal(3, hits.Count);
        Assert.Equal(hits.Order(StringComparer.Ordinal), Entries(feed).Select(e => e.GetProperty("link").GetString()!).Order(StringComparer.Ordinal));
        AssertNewestFirst(Entries(feed));
        Assert.Equal("Новости диалога: поиск «новостройки»", feed.GetProperty("feed").GetProperty("title").GetString());

        var kyOnly = await ParsedAsync(await client.GetByteArrayAsync("/ru/search/feed?language=ky&q=" + Uri.EscapeDataString("новостройки")), "atom10");
        Assert.Equal(2, Entries(kyOnly).Count);
        Assert.All(Entries(kyOnly), e => Assert.Equal("ky", e.GetProperty("language").GetString()));
        await ParsedAsync(await client.GetByteArrayAsync("/ru/search/rss?q=" + Uri.EscapeDataString("Ош")), "rss20");
    }

    [Theory]
    [InlineData("/ru/search/feed", "q")]
    [InlineData("/ru/search/feed?q=%20", "q")]
    [InlineData("/ru/search/rss?q=seminar&kind=party", "kind")]
    [InlineData("/ru/search/feed?q=seminar&year=20x3", "year")]
    [InlineData("/ru/search/feed?q=seminar&language=fr", "lang")]
    [InlineData("/ru/search/feed?q=seminar&tag=%EF%BF%BE", "tag")]
    public async Task A_bad_search_feed_request_is_a_400_naming_the_field(string url, string field)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_oversized_search_feed_query_is_a_400_saying_how_long_a_query_may_be()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/ru/search/feed?q=" + new string('а', 10_001));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("longer than 10000 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/xx/feed.xml")]
    [InlineData("/xx/rss.xml")]
    [InlineData("/ru/tag/no-such-tag/feed.xml")]
    [InlineData("/ru/place/new-settlements/rss.xml")]
    [InlineData("/ru/colour/red/feed.xml")]
    [InlineData("/xx/tag/new-settlements/feed.xml")]
    [InlineData("/xx/events/feed.xml")]
    [InlineData("/xx/search/feed?q=Ош")]
    public async Task An_unknown_language_or_term_is_a_404(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [FeedparserFact]
    public async Task The_story_picture_is_an_enclosure_with_its_type_and_length()
    {
        using var author = await factory.ClientAsync("author");
        var token = await NewsroomFactory.AntiforgeryTokenAsync(author, "/manager/media");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(MediaInspectorTests.Png(1000, 600));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "round-table.png");
        form.Add(new StringContent("Круглый стол"), "alt[ru]");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        (await author.PostAsync("/manager/media?handler=upload", form)).Dispose();
        var media = await Html.ParseAsync(await author.GetAsync("/manager/media"));
        var path = MediaPath().Match(media.QuerySelectorAll("table code.md").First().TextContent).Value;
        using var editor = await factory.TokenClientAsync("editor");
        var (_, slug) = await PublishAsync(editor, "Круглый стол с фотографией", "security", image: path["/media/".Length..]);
        using var client = factory.CreateClient();

        var feed = await ParsedAsync(await client.GetByteArrayAsync("/ru/feed.xml"), "atom10");

        var entry = Entries(feed).Single(e => e.GetProperty("link").GetString() == $"{Site}/ru/news/{slug}");
        var enclosure = entry.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "enclosure");
        // Enclosed as shared everywhere: the widest JPEG rendition (960 of a 1,000-pixel original), not the original.
        var href = enclosure.GetProperty("href").GetString()!;
        Assert.Matches(@"^http://localhost/media/.+-960-[0-9a-f]+\.jpe?g$", href);
        var served = await client.GetByteArrayAsync(href);
        Assert.Equal("image/jpeg", enclosure.GetProperty("type").GetString());
        Assert.Equal(served.Length.ToString(CultureInfo.InvariantCulture), enclosure.GetProperty("length").GetString());
        var page = await Html.ParseAsync(await client.GetAsync($"/ru/news/{slug}"));
        Assert.Equal(href, page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        var rss = XDocument.Parse(await client.GetStringAsync("/ru/rss.xml"));
        var item = rss.Descendants("item").Single(i => i.Element("guid")!.Value == entry.GetProperty("id").GetString());
        Assert.Equal(href, item.Element("enclosure")!.Attribute("url")!.Value);
    }

    [Fact]
    public async Task Pages_announce_their_feeds_and_each_announced_feed_answers()
    {
        using var client = factory.CreateClient();
        var expected = new Dictionary<string, string[]>
        {
            ["/ru/"] = [Site + "/ru/feed.xml"],
            ["/ky/news/osh-shaarynda-dialog-ayantchasynyn-birinchi-jyyyny-ottu"] = [Site + "/ky/feed.xml"],
            ["/ka/tag/new-settlements"] = [Site + "/ka/feed.xml", Site + "/ka/tag/new-settlements/feed.xml"],
            ["/ru/events"] = [Site + "/ru/feed.xml", Site + "/ru/events/feed.xml"],
            ["/ru/search?q=%D0%9E%D1%88&tag=new-settlements&page=1"] = [Site + "/ru/feed.xml", Site + "/ru/search/feed?q=%D0%9E%D1%88&tag=new-settlements"],
            ["/ru/search"] = [Site + "/ru/feed.xml"],
        };
        foreach (var (url, feeds) in expected)
        {
            var page = await Html.ParseAsync(await client.GetAsync(url));
            var links = page.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']").ToList();
            Assert.Equal(feeds, links.Select(l => l.GetAttribute("href")));
            Assert.All(links, l => Assert.False(string.IsNullOrWhiteSpace(l.GetAttribute("title"))));
            foreach (var feed in feeds)
            {
                using var response = await client.GetAsync(feed);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
            }
        }

        var term = await Html.ParseAsync(await client.GetAsync("/ru/tag/new-settlements"));
        Assert.Equal("Новости диалога: новостройки", term.QuerySelectorAll("head link[type='application/atom+xml']")[1].GetAttribute("title"));
    }

    private static async Task<JsonElement> ParsedAsync(byte[] bytes, string version)
    {
        var feed = await FeedParser.ParseAsync(bytes);
        Assert.True(feed.GetProperty("bozo").GetInt32() == 0, "feedparser: " + feed.GetProperty("error").GetString());
        Assert.Equal(version, feed.GetProperty("version").GetString());
        return feed;
    }

    private static async Task<List<string>> LinksAsync(HttpClient client, string feed) =>
        [.. Entries(await ParsedAsync(await client.GetByteArrayAsync(feed), feed.EndsWith("rss.xml", StringComparison.Ordinal) ? "rss20" : "atom10"))
            .Select(e => e.GetProperty("link").GetString()!)];

    private static List<JsonElement> Entries(JsonElement feed) => [.. feed.GetProperty("entries").EnumerateArray()];

    private static List<string?> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];

    private static void AssertNewestFirst(List<JsonElement> entries)
    {
        var published = entries.Select(e => e.GetProperty("published").GetString()!).ToList();
        Assert.Equal(published.OrderDescending(StringComparer.Ordinal), published);
        Assert.All(entries, e => Assert.True(string.CompareOrdinal(e.GetProperty("updated").GetString(), e.GetProperty("published").GetString()) >= 0));
    }

    /// <summary>The live translations of a language by the database, newest first, as absolute URLs.</summary>
    private async Task<List<string>> LiveUrlsAsync(string lang)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var slugs = await db.Translations.Where(t => t.Language == lang && t.IsLive)
            .OrderByDescending(t => t.PublishedUtc).ThenByDescending(t => t.Id).Select(t => t.Slug).ToListAsync();
        return [.. slugs.Select(s => $"{Site}/{lang}/news/{s}")];
    }

    /// <summary>Creates a Russian news story with a tag (and a picture) and publishes it; returns its key and slug.</summary>
    private async Task<(string Key, string Slug)> PublishAsync(HttpClient editor, string title, string tag, string? image = null)
    {
        using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
        {
            kind = "news", sourceLanguage = "ru", tags = new[] { tag },
            translations = new[] { new { language = "ru", title, summary = "Кратко о главном.", body = "Текст **новости**." } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var story = await created.Content.ReadFromJsonAsync<JsonElement>();
        var key = story.GetProperty("key").GetString()!;
        if (image is not null)
        {
            using var fields = await editor.PutAsJsonAsync($"/api/v1/stories/{key}", new { kind = "news", tags = new[] { tag }, image });
            Assert.True(fields.IsSuccessStatusCode, await fields.Content.ReadAsStringAsync());
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(1)); // each story its own publication time
        (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { })).EnsureSuccessStatusCode();
        return (key, story.GetProperty("translations")[0].GetProperty("slug").GetString()!);
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")]
    private static partial Regex Rfc3339();

    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d (Z|GMT|[+-]\d{4})$")]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"/media/[^)\s]+")]
    private static partial Regex MediaPath();
}
