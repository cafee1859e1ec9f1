using Cms.Search.Searching;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Cms.Web.Pictures;
using Cms.Web.Search;
using Cms.Web.Terms;
using Cms.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cms.Web.Pages.Lang;

/// <summary><c>/{lang}/search?q=…</c>: the UI in the page's language, results in every language unless filtered.</summary>
[EnableRateLimiting(SearchRateLimitPolicy.Name)]
internal sealed class SearchModel(
    IHitTexts texts,
    SearchEngine engine,
    SiteLanguages languages,
    SiteClock clock,
    IStringLocalizer<SharedResource> text,
    PageTerms terms,
    CmsDbContext db,
    MediaPictures pictures,
    IOptions<CmsOptions> options) : SitePageModel(languages, clock)
{
    private TermCatalog catalog = TermCatalog.Empty;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "language")]
    public string? FilterLanguage { get; set; }

    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [FromQuery(Name = "year")]
    public string? Year { get; set; }

    [FromQuery(Name = "place")]
    public string? Place { get; set; }

    [FromQuery(Name = "tag")]
    public string? Tag { get; set; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "page")]
    public string? PageNumberText { get; set; }

    public SearchResult? Result { get; private set; }

    /// <summary>The hits' pictures by story key, alt texts in the page's language.</summary>
    public IReadOnlyDictionary<string, MediaPicture> Pictures { get; private set; } = new Dictionary<string, MediaPicture>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public int PageCount => Result is null ? 0 : Math.Max(1, (Result.Total + Result.PageSize - 1) / Result.PageSize);

    public async Task<IActionResult> OnGetAsync(string lang, CancellationToken cancellationToken)
    {
        UseLanguage(lang);
        CacheTags.Search();
        catalog = await terms.CatalogAsync(cancellationToken);
        // A place or tag given by a name (older links, typed addresses) filters by its term.
        Place = Place is null ? null : catalog.Resolve(Vocabulary.Place, Place) ?? Place;
        Tag = Tag is null ? null : catalog.Resolve(Vocabulary.Tag, Tag) ?? Tag;
        Chrome = ChromeForAllLanguages(text["Search.Title"], text["Search.Description"], code => "/" + code + "/search" + QueryString(), indexable: false) with
        {
            SearchQuery = Query,
            NoIndex = true,
        };
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var request = SearchRequests.TryCreate(Query, FilterLanguage, Kind, Year, Place, Tag, Sort, PageNumberText, options.Value.PageSize, Languages, errors);
        Errors = errors;
        if (request is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Query))
        {
            return Page();
        }

        Result = engine.Search(request with { ReaderLanguage = Language.Code }, texts);
        var keys = Result.Hits.Select(h => h.StoryKey).ToList();
        var images = await db.Stories.AsNoTracking().Where(s => keys.Contains(s.Key) && s.Image != null)
            .Select(s => new { s.Key, s.Image }).ToListAsync(cancellationToken);
        var found = await pictures.InAsync(images.Select(i => i.Image), Language.Code, cancellationToken);
        Pictures = images.Where(i => found.ContainsKey(i.Image!)).ToDictionary(i => i.Key, i => found[i.Image!], StringComparer.Ordinal);
        Chrome = Chrome with
        {
            Feeds = [Syndication.FeedLinks.Search(Request, text, lang, Query, [new("language", FilterLanguage), new("kind", Kind), new("year", Year), new("place", Place), new("tag", Tag)])],
        };

        return Page();
    }

    /// <summary>A facet's values named in the page's language (a fallback marked by its own language).</summary>
    public IReadOnlyList<(string Value, string Label, int Count, string? Language)> TermFacet(Vocabulary vocabulary, IReadOnlyList<FacetCount> counts) =>
        [.. counts.Select(f => terms.Name(catalog, vocabulary, f.Value, Language.Code) is var name ? (f.Value, name.Text, f.Count, name.Language) : default)];

    /// <summary>This page's URL with one parameter changed (null removes it); a changed filter goes back to page 1.</summary>
    public string With(string name, string? value)
    {
        var values = new List<KeyValuePair<string, string?>>
        {
            new("q", Query),
            new("language", FilterLanguage),
            new("kind", Kind),
            new("year", Year),
            new("place", Place),
            new("tag", Tag),
            new("sort", Sort),
            new("page", name == "page" ? PageNumberText : null),
        };
        var index = values.FindIndex(v => v.Key == name);
        values[index] = new(name, value);
        return $"/{Language.Code}/search" + Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    public string LanguageName(string code) => Languages.Find(code)?.Name ?? code;

    private string QueryString() => Request.QueryString.HasValue ? Request.QueryString.Value! : "";
}
