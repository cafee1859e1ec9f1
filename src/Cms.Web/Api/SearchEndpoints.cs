using Cms.Search.Analysis;
using Cms.Search.Searching;
using Cms.Web.Accounts;
using Cms.Web.Caching;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Cms.Web.Search;
using Microsoft.Extensions.Options;

namespace Cms.Web.Api;

/// <summary><c>/api/v1/search</c> and <c>/api/v1/analyze</c>.</summary>
internal static class SearchEndpoints
{
    public const int MaxAnalyzeLength = 100_000;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/search", Search).WithTags("Search").RequireRateLimiting(SearchRateLimitPolicy.Name).CachedAsPublic();
        endpoints.MapGet("/api/v1/analyze", Analyze).WithTags("Search");
        endpoints.MapGet("/api/v1/search/index", async (SearchIndexer indexer, CancellationToken cancellationToken) => Results.Ok(await indexer.StatusAsync(cancellationToken)))
            .WithTags("Search").RequireAuthorization(Policies.ApiEditor);
        return endpoints;
    }

    private static async Task<IResult> Search(
        string? q, string? lang, string? kind, string? year, string? place, string? tag, string? sort, string? page,
        HttpRequest request, IHitTexts texts, SearchEngine engine, SiteLanguages languages, IOptions<CmsOptions> options,
        Terms.TermService terms, CacheTags cache, CancellationToken cancellationToken)
    {
        cache.Search();
        // A place or tag given by a name filters by its term, as the search page does.
        var catalog = await terms.CatalogAsync(cancellationToken);
        place = place is null ? null : catalog.Resolve(Data.Vocabulary.Place, place) ?? place;
        tag = tag is null ? null : catalog.Resolve(Data.Vocabulary.Tag, tag) ?? tag;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var search = SearchRequests.TryCreate(q, lang, kind, year, place, tag, sort, page, options.Value.PageSize, languages, errors);
        if (search is null)
        {
            return Results.ValidationProblem(errors);
        }

        var result = engine.Search(search, texts);
        return Results.Ok(new
        {
            total = result.Total,
            totalTranslations = result.TotalTranslations,
            mayBeIncomplete = result.MayBeIncomplete,
            page = result.Page,
            pageSize = result.PageSize,
            fellBackToOr = result.FellBackToOr,
            warnings = result.Warnings,
            facets = result.Facets,
            hits = result.Hits.Select(h => new
            {
                storyKey = h.StoryKey,
                language = h.Language,
                title = h.Title,
                url = SiteUrls.Absolute(request, SiteUrls.Story(h.Language, h.Slug)),
                snippet = h.SnippetHtml,
                score = h.Score,
                publishedAt = h.PublishedUtc,
                kind = h.Kind,
                translations = h.OtherTranslations.Select(t => new
                {
                    language = t.Language,
                    url = SiteUrls.Absolute(request, SiteUrls.Story(t.Language, t.Slug)),
                }),
            }),
        });
    }

    private static IResult Analyze(string? lang, string? text, Analyzers analyzers)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(lang) || !analyzers.Has(lang))
        {
            errors["lang"] = [$"'lang' must be one of: {string.Join(", ", analyzers.Languages.Order(StringComparer.Ordinal))}."];
        }

        if (text is null)
        {
            errors["text"] = ["'text' is required."];
        }
        else if (text.Length > MaxAnalyzeLength)
        {
            errors["text"] = [$"'text' is longer than {MaxAnalyzeLength} characters."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var tokens = analyzers.For(lang).Analyze(text!);
        return Results.Ok(new
        {
            language = lang,
            identified = LanguageIdentifier.Identify(text!),
            tokens = tokens.Select(t => new { term = t.Term, position = t.Position, startOffset = t.Start, endOffset = t.End, keyword = t.IsKeyword }),
        });
    }
}
