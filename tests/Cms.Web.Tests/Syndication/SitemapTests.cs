using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cms.Web.Data;
using Cms.Web.Tests.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Syndication;

/// <summary>The sitemap index, the language sitemaps (hreflang clusters equal to the pages' own), the Google News
/// sitemap around "now" (a controllable clock) and robots.txt.</summary>
public sealed partial class SitemapTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    private const string Site = "http://localhost";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    [Fact]
    public async Task The_index_lists_a_sitemap_per_language_and_the_news_sitemap_and_each_answers()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/sitemap.xml");
        var index = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var files = index.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();
        Assert.Equal([Site + "/sitemaps/ky.xml", Site + "/sitemaps/ru.xml", Site + "/sitemaps/ka.xml", Site + "/sitemaps/news.xml"], files);
        foreach (var file in files)
        {
            using var sitemap = await client.GetAsync(file);
            Assert.Equal(HttpStatusCode.OK, sitemap.StatusCode);
            Assert.Equal(Sitemap + "urlset", XDocument.Parse(await sitemap.Content.ReadAsStringAsync()).Root!.Name);
        }
    }

    [Fact]
    public async Task Each_language_sitemap_lists_its_home_page_and_exactly_its_live_translations_with_lastmod()
    {
        using var client = factory.CreateClient();
        foreach (var lang in new[] { "ky", "ru", "ka" })
        {
            var urls = (await UrlsAsync(client, lang)).ToList();

            Assert.Equal(Site + $"/{lang}/", urls[0].Location);
            Assert.Equal((await LiveAsync(lang)).Select(t => t.Url).Order(StringComparer.Ordinal), urls.Skip(1).Select(u => u.Location).Order(StringComparer.Ordinal));
            Assert.All(urls, u => Assert.Matches(W3cDateTime(), u.LastModified));
            var home = await Html.ParseAsync(await client.GetAsync($"/{lang}/"));
            Assert.Equal(HeadAlternates(home), urls[0].Alternates);
        }

        var osh = (await UrlsAsync(client, "ru")).Single(u => u.Location.EndsWith("/ru/news/v-oshe-sostoyalos-pervoe-zasedanie-dialogovoy-ploshchadki", StringComparison.Ordinal));
        Assert.Equal("2023-08-22T06:00:00Z", osh.LastModified);
    }

    [Fact]
    public async Task Sitemap_alternates_are_reciprocal_and_equal_the_hreflang_links_of_each_article_page()
    {
        using var editor = await factory.TokenClientAsync("editor");
        // Source in Georgian, live in Georgian and Russian.
        await StoryAsync(editor, "ka", [("ka", "სემინარი თბილისში"), ("ru", "Семинар в Тбилиси")], publish: ["ka", "ru"]);
        // Source in Russian, but only the Kyrgyz and Georgian translations are live: x-default must still be one URL.
        await StoryAsync(editor, "ru", [("ru", "Тренинг в Караколе"), ("ky", "Караколдо тренинг"), ("ka", "ტრენინგი ყარაყოლში")], publish: ["ky", "ka"]);
        using var client = factory.CreateClient();

        var all = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var lang in new[] { "ky", "ru", "ka" })
        {
            foreach (var url in (await UrlsAsync(client, lang)).Skip(1))
            {
                all.Add(url.Location, url.Alternates);
            }
        }

        Assert.Equal((await LiveAsync("ky")).Count + (await LiveAsync("ru")).Count + (await LiveAsync("ka")).Count, all.Count);
        Assert.True(all.Count >= 11, "the seeds' 7 live translations and the 4 published here");
        foreach (var (location, alternates) in all)
        {
            Assert.Equal(location, alternates[LanguageOf(location)]);
            foreach (var (hreflang, other) in alternates.Where(a => a.Key != "x-default"))
            {
                Assert.True(all.TryGetValue(other, out var theirs), $"{location} lists {other}, which the sitemaps do not");
                Assert.Equal(alternates, theirs);
            }

            var page = await Html.ParseAsync(await client.GetAsync(location));
            Assert.Equal(alternates, HeadAlternates(page));
        }

        var karakol = all.Single(u => u.Key.Contains("/ky/news/karakoldo", StringComparison.Ordinal)).Value;
        Assert.Equal(["ka", "ky", "x-default"], karakol.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(karakol["ka"], karakol["x-default"]);
        var tbilisi = all.Single(u => u.Key.Contains("/ru/news/seminar-v-tbilisi", StringComparison.Ordinal)).Value;
        Assert.Equal(tbilisi["ka"], tbilisi["x-default"]);
    }

    [Fact]
    public async Task The_news_sitemap_lists_the_articles_of_the_last_two_days_by_the_sites_clock()
    {
        using var editor = await factory.TokenClientAsync("editor");
        var published = factory.Clock.GetUtcNow();
        var slug = (await StoryAsync(editor, "ru", [("ru", "Свежая новость для Google News")], publish: ["ru"]))["ru"];
        using var client = factory.CreateClient();
        var url = Site + "/ru/news/" + slug;

        var entry = (await NewsAsync(client)).Single(u => u.Element(Sitemap + "loc")!.Value == url);

        var news = entry.Element(News + "news")!;
        Assert.Equal("Новости диалога", news.Element(News + "publication")!.Element(News + "name")!.Value);
        Assert.Equal("ru", news.Element(News + "publication")!.Element(News + "language")!.Value);
        Assert.Equal(published.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), news.Element(News + "publication_date")!.Value);
        Assert.Equal("Свежая новость для Google News", news.Element(News + "title")!.Value);
        Assert.All(await NewsAsync(client), u => Assert.DoesNotContain("2023", u.Element(News + "news")!.Element(News + "publication_date")!.Value, StringComparison.Ordinal));

        factory.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        try
        {
            Assert.Contains(url, (await NewsAsync(client)).Select(u => u.Element(Sitemap + "loc")!.Value));
            factory.Clock.Advance(TimeSpan.FromMinutes(2));
            Assert.DoesNotContain(url, (await NewsAsync(client)).Select(u => u.Element(Sitemap + "loc")!.Value));
            Assert.Contains(url, (await UrlsAsync(client, "ru")).Select(u => u.Location));
        }
        finally
        {
            factory.Clock.Advance(-(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1)));
        }
    }

    [Fact]
    public async Task Robots_txt_opens_the_site_closes_the_newsroom_writes_and_searches_and_names_the_sitemap_index()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Allow: /", lines);
        Assert.DoesNotContain("Disallow: /", lines);
        Assert.Contains("Disallow: /manager", lines);
        Assert.Contains("Disallow: /api/v1/stories/*/", lines);
        Assert.Contains("Disallow: /api/v1/split", lines);
        Assert.Contains("Disallow: /api/v1/search", lines);
        Assert.All(new[] { "ky", "ru", "ka" }, lang => Assert.Contains($"Disallow: /{lang}/search", lines));
        Assert.DoesNotContain(lines, l => l.StartsWith("Disallow: /api/v1/stories\n", StringComparison.Ordinal) || l == "Disallow: /api/v1/stories" || l == "Disallow: /media");
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    private static string LanguageOf(string url) => new Uri(url).AbsolutePath.Split('/')[1];

    private static Dictionary<string, string> HeadAlternates(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("head link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);

    private static async Task<IEnumerable<(string Location, string LastModified, Dictionary<string, string> Alternates)>> UrlsAsync(HttpClient client, string lang)
    {
        var sitemap = XDocument.Parse(await client.GetStringAsync($"/sitemaps/{lang}.xml"));
        return sitemap.Root!.Elements(Sitemap + "url").Select(u => (
            u.Element(Sitemap + "loc")!.Value,
            u.Element(Sitemap + "lastmod")!.Value,
            u.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value)));
    }

    private static async Task<List<XElement>> NewsAsync(HttpClient client) =>
        [.. XDocument.Parse(await client.GetStringAsync("/sitemaps/news.xml")).Root!.Elements(Sitemap + "url")];

    private async Task<List<(string Url, DateTime Published)>> LiveAsync(string lang)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var live = await db.Translations.Where(t => t.Language == lang && t.IsLive).Select(t => new { t.Slug, t.PublishedUtc }).ToListAsync();
        return [.. live.Select(t => ($"{Site}/{lang}/news/{t.Slug}", t.PublishedUtc!.Value))];
    }

    /// <summary>Creates a news story with the given translations and publishes some; returns the slugs by language.</summary>
    private static async Task<Dictionary<string, string>> StoryAsync(HttpClient editor, string source, (string Language, string Title)[] translations, string[] publish)
    {
        using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
        {
            kind = "news", sourceLanguage = source,
            translations = translations.Select(t => new { language = t.Language, title = t.Title, body = t.Title + "." }),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var story = await created.Content.ReadFromJsonAsync<JsonElement>();
        var key = story.GetProperty("key").GetString();
        foreach (var lang in publish)
        {
            (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/{lang}/publish", new { })).EnsureSuccessStatusCode();
        }

        return story.GetProperty("translations").EnumerateArray().ToDictionary(t => t.GetProperty("language").GetString()!, t => t.GetProperty("slug").GetString()!);
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")]
    private static partial Regex W3cDateTime();
}
