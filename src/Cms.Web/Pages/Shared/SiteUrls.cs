namespace Cms.Web.Pages.Shared;

/// <summary>The site's URL scheme in one place.</summary>
internal static class SiteUrls
{
    public static string Home(string language) => $"/{language}/";

    public static string HomePage(string language, int page) => page <= 1 ? Home(language) : $"/{language}/?page={page}";

    public static string Story(string language, string slug) => $"/{language}/news/{slug}";

    /// <summary>A term's page: <c>/ru/tag/new-settlements</c>, <c>/ky/place/osh</c>.</summary>
    public static string Term(string language, string vocabulary, string key) => $"/{language}/{vocabulary}/{key}";

    public static string TermPage(string language, string vocabulary, string key, int page) =>
        page <= 1 ? Term(language, vocabulary, key) : $"{Term(language, vocabulary, key)}?page={page}";

    public static string Events(string language) => $"/{language}/events";

    /// <summary>A feed: Atom at <c>…/feed.xml</c>, RSS 2.0 at <c>…/rss.xml</c>; <c>/feed.xml</c> holds every language.</summary>
    public static string Feed(string? language, Syndication.FeedFormat format) =>
        (language is null ? "/" : Home(language)) + FeedFile(format);

    public static string TermFeed(string language, string vocabulary, string key, Syndication.FeedFormat format) =>
        $"{Term(language, vocabulary, key)}/{FeedFile(format)}";

    public static string EventsFeed(string language, Syndication.FeedFormat format) => $"{Events(language)}/{FeedFile(format)}";

    /// <summary>A saved search's feed, without its query string: <c>/ru/search/feed</c> (Atom), <c>/ru/search/rss</c>.</summary>
    public static string SearchFeed(string language, Syndication.FeedFormat format) =>
        $"/{language}/search/" + (format == Syndication.FeedFormat.Atom ? "feed" : "rss");

    public const string SitemapIndex = "/sitemap.xml";

    public const string NewsSitemap = "/sitemaps/news.xml";

    /// <summary>A language's sitemap; a language with more URLs than one file holds continues on <c>?page=2</c>.</summary>
    public static string Sitemap(string language, int page) =>
        page <= 1 ? $"/sitemaps/{language}.xml" : $"/sitemaps/{language}.xml?page={page.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private static string FeedFile(Syndication.FeedFormat format) => format == Syndication.FeedFormat.Atom ? "feed.xml" : "rss.xml";

    public static string Switch(string language, string target) =>
        $"/language/{language}?returnUrl={Uri.EscapeDataString(target)}";

    /// <summary>An absolute URL for a path of this site; see <see cref="Infrastructure.PublicUrls"/>.</summary>
    public static string Absolute(HttpRequest request, string path) =>
        request.HttpContext.RequestServices.GetRequiredService<Infrastructure.PublicUrls>().Absolute(request, path);
}
