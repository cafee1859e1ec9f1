using Cms.Web.Caching;
using Cms.Web.Content.Rules;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Pages.Shared;
using Cms.Web.Search;

namespace Cms.Web.Syndication;

/// <summary>
/// The feeds, each as Atom (<c>…/feed.xml</c>) and RSS 2.0 (<c>…/rss.xml</c>): <c>/feed.xml</c> (every language),
/// <c>/{lang}/feed.xml</c>, <c>/{lang}/{place|organisation|project|tag}/{key}/feed.xml</c>,
/// <c>/{lang}/events/feed.xml</c>, and a saved search at <c>/{lang}/search/feed?q=…</c> (<c>/{lang}/search/rss?q=…</c>).
/// Cached like pages and evicted through the lists, terms and events they follow; an unknown language or term is a 404.
/// </summary>
internal static class FeedEndpoints
{
    private const string Lang = "{lang:" + LanguageRouteConstraint.Name + "}";

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        // Route templates from the URL scheme itself (SiteUrls), with route parameters for the values.
        const string vocabularyRoute = "{vocabulary:regex(" + Vocabularies.RoutePattern + ")}";
        foreach (var format in (FeedFormat[])[FeedFormat.Atom, FeedFormat.Rss])
        {
            // Cached like pages; evicted by the change log through the lists, terms and events they follow.
            endpoints.MapGet(SiteUrls.Feed(null, format), (HttpRequest request, FeedService feeds, CacheTags cache, SiteLanguages languages, CancellationToken cancellationToken) =>
            {
                foreach (var language in languages.Codes)
                {
                    cache.List(language);
                }

                return feeds.AllLanguagesAsync(request, format, cancellationToken);
            }).CachedAsPublic();
            endpoints.MapGet(SiteUrls.Feed(Lang, format), (string lang, HttpRequest request, FeedService feeds, CacheTags cache, CancellationToken cancellationToken) =>
            {
                cache.List(lang);
                return feeds.LanguageAsync(request, lang, format, cancellationToken);
            }).CachedAsPublic();
            endpoints.MapGet(SiteUrls.TermFeed(Lang, vocabularyRoute, "{key}", format),
                (string lang, string vocabulary, string key, HttpRequest request, FeedService feeds, CacheTags cache, CancellationToken cancellationToken) =>
                {
                    cache.List(lang);
                    if (Vocabularies.TryParse(vocabulary, out var parsed))
                    {
                        cache.Term(parsed, key);
                    }

                    return feeds.TermAsync(request, lang, vocabulary, key, format, cancellationToken);
                }).CachedAsPublic();
            endpoints.MapGet(SiteUrls.EventsFeed(Lang, format), (string lang, HttpRequest request, FeedService feeds, CacheTags cache, CancellationToken cancellationToken) =>
            {
                cache.List(lang).Events();
                return feeds.EventsAsync(request, lang, format, cancellationToken);
            }).CachedAsPublic();
            endpoints.MapGet(SiteUrls.SearchFeed(Lang, format), (string lang, HttpRequest request, FeedService feeds, CacheTags cache, CancellationToken cancellationToken) =>
            {
                cache.Search();
                return feeds.SearchAsync(request, lang, format, cancellationToken);
            }).RequireRateLimiting(SearchRateLimitPolicy.Name).CachedAsPublic();
        }

        return endpoints;
    }
}
