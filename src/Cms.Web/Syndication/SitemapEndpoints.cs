using Cms.Web.Caching;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Pages.Shared;

namespace Cms.Web.Syndication;

/// <summary><c>/sitemap.xml</c>, <c>/sitemaps/{lang}.xml</c> (<c>?page=N</c> past 50,000 URLs),
/// <c>/sitemaps/news.xml</c> and <c>/robots.txt</c>. Plain GET handlers.</summary>
internal static class SitemapEndpoints
{
    public static IEndpointRouteBuilder MapSitemaps(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SiteUrls.SitemapIndex, (HttpRequest request, SitemapService sitemaps, CacheTags cache, SiteLanguages languages, CancellationToken cancellationToken) =>
        {
            foreach (var language in languages.Codes)
            {
                cache.List(language);
            }

            return sitemaps.IndexAsync(request, cancellationToken);
        }).CachedAsPublic();
        endpoints.MapGet(SiteUrls.NewsSitemap, (HttpRequest request, SitemapService sitemaps, CancellationToken cancellationToken) =>
            sitemaps.NewsAsync(request, cancellationToken));
        endpoints.MapGet(SiteUrls.Sitemap("{lang:" + LanguageRouteConstraint.Name + "}", 1),
            (string lang, string? page, HttpRequest request, SitemapService sitemaps, CacheTags cache, CancellationToken cancellationToken) =>
            {
                cache.List(lang); // a story's change evicts the lists of all its languages, so the alternates stay true
                return sitemaps.LanguageAsync(request, lang, page, cancellationToken);
            }).CachedAsPublic();
        endpoints.MapGet("/robots.txt", (HttpRequest request, SiteLanguages languages) =>
            Results.Text(RobotsTxt.Text(languages.Codes, SiteUrls.Absolute(request, SiteUrls.SitemapIndex)), RobotsTxt.ContentType));
        return endpoints;
    }
}
