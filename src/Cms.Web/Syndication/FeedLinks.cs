using Cms.Web.Pages.Shared;
using Microsoft.Extensions.Localization;

namespace Cms.Web.Syndication;

/// <summary>The Atom feeds a list page announces for autodiscovery, titled as the feeds title themselves (the
/// localizer is the page's, in the page's language).</summary>
internal static class FeedLinks
{
    /// <summary>Longest query shown in a search feed's title; the feed itself searches for all of it.</summary>
    private const int TitleQueryLength = 80;

    public static FeedLink Term(HttpRequest request, IStringLocalizer text, string lang, string vocabulary, string key, string name) =>
        new(text["Feed.Term.Title", name], SiteUrls.Absolute(request, SiteUrls.TermFeed(lang, vocabulary, key, FeedFormat.Atom)));

    public static FeedLink Events(HttpRequest request, IStringLocalizer text, string lang) =>
        new(text["Feed.Events.Title"], SiteUrls.Absolute(request, SiteUrls.EventsFeed(lang, FeedFormat.Atom)));

    /// <summary>A search's feed: its query and filters (<c>q</c>, <c>language</c>, <c>kind</c>, <c>year</c>,
    /// <c>place</c>, <c>tag</c>); paging and sorting are the feed's own.</summary>
    public static FeedLink Search(HttpRequest request, IStringLocalizer text, string lang, string query, IEnumerable<KeyValuePair<string, string?>> filters)
    {
        var parameters = filters.Prepend(new("q", query)).Where(p => !string.IsNullOrEmpty(p.Value));
        return new(text["Feed.Search.Title", TitleQuery(query)],
            SiteUrls.Absolute(request, SiteUrls.SearchFeed(lang, FeedFormat.Atom) + QueryString.Create(parameters)));
    }

    /// <summary>A query as a search feed's title shows it: trimmed, a long one cut.</summary>
    public static string TitleQuery(string query)
    {
        var shown = query.Trim();
        return shown.Length > TitleQueryLength ? shown[..TitleQueryLength] + "…" : shown;
    }
}
