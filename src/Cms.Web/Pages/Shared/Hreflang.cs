using Cms.Web.Infrastructure;

namespace Cms.Web.Pages.Shared;

/// <summary>
/// The one place for hreflang rules: the article page and the language sitemaps both take their alternates from here,
/// so a search engine reads the same cluster from either.
/// </summary>
internal static class Hreflang
{
    /// <summary>
    /// A story's pages: every live translation, the page's own included, ordered by language code. x-default is the
    /// translation in the story's source language when that one is live, else the first by language code: the same
    /// URL from every page of the story, as a cluster needs.
    /// </summary>
    public static HreflangSet ForStory(HttpRequest request, IEnumerable<(string Language, string Slug)> live, string sourceLanguage)
    {
        var ordered = live.OrderBy(t => t.Language, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0)
        {
            throw new ArgumentException("A story page has at least one live translation.", nameof(live));
        }

        var xDefault = ordered.FirstOrDefault(t => string.Equals(t.Language, sourceLanguage, StringComparison.Ordinal));
        if (xDefault.Slug is null)
        {
            xDefault = ordered[0];
        }

        return new HreflangSet(
            [.. ordered.Select(t => new AlternateLink(t.Language, SiteUrls.Absolute(request, SiteUrls.Story(t.Language, t.Slug))))],
            SiteUrls.Absolute(request, SiteUrls.Story(xDefault.Language, xDefault.Slug)));
    }

    /// <summary>A page that exists in every language at the same path after the language segment (home, lists):
    /// x-default is <c>/</c>, which sends each reader to their language.</summary>
    public static HreflangSet ForAllLanguages(HttpRequest request, SiteLanguages languages, Func<string, string> pathIn) =>
        new([.. languages.All.Select(l => new AlternateLink(l.Code, SiteUrls.Absolute(request, pathIn(l.Code))))], SiteUrls.Absolute(request, "/"));
}
