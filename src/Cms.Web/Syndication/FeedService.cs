using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Cms.Web.Search;
using Cms.Web.Terms;

namespace Cms.Web.Syndication;

/// <summary>Answers each feed URL: which entries (<see cref="FeedStories"/>), its title in the feed's language, and
/// the XML. An unknown term is a 404, a bad search a 400 with field errors, as on the pages.</summary>
internal sealed class FeedService(FeedStories stories, FeedEntries entries, LocalizedText text, SiteLanguages languages, PageTerms terms)
{
    public async Task<IResult> AllLanguagesAsync(HttpRequest request, FeedFormat format, CancellationToken cancellationToken)
    {
        var shown = await stories.InAllLanguagesAsync(languages.Codes, cancellationToken);
        var header = new FeedHeader(
            Joined("Feed.All.Title"),
            Joined("SiteTagline"),
            Language: null,
            SiteUrls.Absolute(request, SiteUrls.Feed(null, format)),
            SiteUrls.Absolute(request, "/"),
            Joined("SiteName"));
        return await FeedAsync(request, header, shown, format, cancellationToken);
    }

    public async Task<IResult> LanguageAsync(HttpRequest request, string lang, FeedFormat format, CancellationToken cancellationToken)
    {
        var shown = await stories.InLanguageAsync(lang, cancellationToken);
        return await FeedAsync(request, Header(request, lang, "Feed.Latest.Title", "SiteTagline", SiteUrls.Feed(lang, format), SiteUrls.Home(lang)), shown, format, cancellationToken);
    }

    public async Task<IResult> TermAsync(HttpRequest request, string lang, string vocabulary, string key, FeedFormat format, CancellationToken cancellationToken)
    {
        var catalog = await terms.CatalogAsync(cancellationToken);
        if (!Vocabularies.TryParse(vocabulary, out var parsed) || catalog.Find(parsed, key) is null)
        {
            return Results.NotFound();
        }

        var name = terms.Name(catalog, parsed, key, lang).Text;
        var path = Vocabularies.Name(parsed);
        var shown = await stories.AboutTermAsync(lang, parsed, key, cancellationToken);
        var culture = languages.Get(lang).Culture;
        var header = new FeedHeader(
            text.Get(culture, "Feed.Term.Title", name),
            text.Get(culture, "Term.Description", name),
            lang,
            SiteUrls.Absolute(request, SiteUrls.TermFeed(lang, path, key, format)),
            SiteUrls.Absolute(request, SiteUrls.Term(lang, path, key)),
            text.Get(culture, "SiteName"));
        return await FeedAsync(request, header, shown, format, cancellationToken);
    }

    public async Task<IResult> EventsAsync(HttpRequest request, string lang, FeedFormat format, CancellationToken cancellationToken)
    {
        var shown = await stories.EventsAsync(lang, cancellationToken);
        return await FeedAsync(request, Header(request, lang, "Feed.Events.Title", "Feed.Events.Subtitle", SiteUrls.EventsFeed(lang, format), SiteUrls.Events(lang)), shown, format, cancellationToken);
    }

    /// <summary>
    /// A saved search: the search page's query and filters (<c>q</c>, <c>language</c>, <c>kind</c>, <c>year</c>,
    /// <c>place</c>, <c>tag</c>), checked by the same rules, newest first. Without a query, or with one longer than
    /// search reads, it is a 400 saying so.
    /// </summary>
    public async Task<IResult> SearchAsync(HttpRequest request, string lang, FeedFormat format, CancellationToken cancellationToken)
    {
        var query = request.Query;
        string? Value(string name) => query.TryGetValue(name, out var values) ? values.ToString() : null;
        var q = Value("q");
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(q))
        {
            errors["q"] = ["'q' is required: a search feed follows the stories a query finds."];
        }
        else if (q.Length > SearchRequests.MaxQueryLength)
        {
            errors["q"] = [$"'q' is longer than {SearchRequests.MaxQueryLength} characters."];
        }

        // A place or tag given by a name filters by its term, as on the search page.
        var catalog = await terms.CatalogAsync(cancellationToken);
        var place = Value("place") is { } placeName ? catalog.Resolve(Vocabulary.Place, placeName) ?? placeName : null;
        var tag = Value("tag") is { } tagName ? catalog.Resolve(Vocabulary.Tag, tagName) ?? tagName : null;
        var search = SearchRequests.TryCreate(q, Value("language"), Value("kind"), Value("year"), place, tag, sort: null, page: null, stories.Count, languages, errors);
        if (search is null || errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var shown = stories.Found(search, lang);
        var culture = languages.Get(lang).Culture;
        var queryString = request.QueryString.Value ?? "";
        var header = new FeedHeader(
            text.Get(culture, "Feed.Search.Title", FeedLinks.TitleQuery(search.Query ?? "")),
            text.Get(culture, "Feed.Search.Subtitle"),
            lang,
            SiteUrls.Absolute(request, SiteUrls.SearchFeed(lang, format) + queryString),
            SiteUrls.Absolute(request, $"/{lang}/search" + queryString),
            text.Get(culture, "SiteName"));
        return await FeedAsync(request, header, shown, format, cancellationToken);
    }

    private FeedHeader Header(HttpRequest request, string lang, string titleKey, string subtitleKey, string selfPath, string pagePath)
    {
        var culture = languages.Get(lang).Culture;
        return new FeedHeader(
            text.Get(culture, titleKey),
            text.Get(culture, subtitleKey),
            lang,
            SiteUrls.Absolute(request, selfPath),
            SiteUrls.Absolute(request, pagePath),
            text.Get(culture, "SiteName"));
    }

    /// <summary>A string in every language, joined: the feed of every language is titled in all of them.</summary>
    private string Joined(string key) => string.Join(" · ", languages.All.Select(l => text.Get(l.Culture, key)));

    private async Task<IResult> FeedAsync(HttpRequest request, FeedHeader header, IReadOnlyList<(string Language, string Slug)> shown, FeedFormat format, CancellationToken cancellationToken)
    {
        var read = await entries.ReadAsync(request, shown, cancellationToken);
        return Results.Bytes(FeedXml.Write(header, read, format), FeedXml.ContentType(format));
    }
}
