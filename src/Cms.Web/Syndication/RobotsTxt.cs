using System.Text;

namespace Cms.Web.Syndication;

/// <summary>
/// <c>/robots.txt</c>: the public site is open; the newsroom, the API's write and search paths, search result pages
/// (endless query combinations, marked noindex anyway), the language switch redirect and error pages are not; and
/// where the sitemap index is.
/// </summary>
internal static class RobotsTxt
{
    public const string ContentType = "text/plain; charset=utf-8";

    public static string Text(IEnumerable<string> languageCodes, string sitemapIndexUrl)
    {
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Allow: /\n")
            .Append("Disallow: /manager\n")
            // Writes: POST /api/v1/stories, …/stories/{key}/publish, …/stories/{key}/translations/…, /api/v1/split.
            // PUT /api/v1/stories/{key} and /api/v1/terms/… share their path with a public read.
            .Append("Disallow: /api/v1/stories/*/\n")
            .Append("Disallow: /api/v1/split\n")
            .Append("Disallow: /api/v1/search\n")
            .Append("Disallow: /api/v1/analyze\n")
            .Append("Disallow: /language/\n")
            .Append("Disallow: /status/\n");
        foreach (var code in languageCodes)
        {
            text.Append("Disallow: /").Append(code).Append("/search\n");
        }

        return text.Append('\n').Append("Sitemap: ").Append(sitemapIndexUrl).Append('\n').ToString();
    }
}
