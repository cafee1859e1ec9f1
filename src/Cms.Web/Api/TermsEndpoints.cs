using Cms.Web.Accounts;
using Cms.Web.Caching;
using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Newsroom;
using Cms.Web.Pages.Shared;
using Cms.Web.Terms;

namespace Cms.Web.Api;

/// <summary>
/// <c>/api/v1/terms/{vocabulary}</c>: places, organisations, projects and tags, each as <c>{key, label, labels}</c>
/// with the label in <c>lang</c> (default: the site's default language); <c>q</c> finds terms by any name (autocomplete).
/// Writing a term needs the editor role.
/// </summary>
internal static class TermsEndpoints
{
    public const int PageSize = 50;

    public static IEndpointRouteBuilder MapTermsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/terms").WithTags("Terms");
        group.MapGet("/{vocabulary}", ListAsync).CachedAsPublic();
        group.MapGet("/{vocabulary}/{key}", GetAsync).CachedAsPublic();
        group.MapPut("/{vocabulary}/{key}", PutAsync).AddEndpointFilter(WriteEndpoints.RequireAntiforgeryForCookies).RequireAuthorization(Policies.ApiEditor);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(
        string vocabulary, string? lang, string? q, string? page, HttpRequest request, TermService terms, TermFallback fallback, SiteLanguages languages, CacheTags cache,
        CancellationToken cancellationToken)
    {
        cache.Terms();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parsed = Check(vocabulary, lang, languages, errors);
        if (!PageNumbers.TryParse(page, out var number))
        {
            errors["page"] = [$"'page' must be a whole number from 1 to {PageNumbers.Max}."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var catalog = await terms.CatalogAsync(cancellationToken);
        var language = lang ?? languages.Default.Code;
        var find = q?.Trim() is { Length: > 0 } text ? TermNames.Normalize(text) : null;
        var matching = catalog.All.Where(t => t.Vocabulary == parsed)
            .Where(t => find is null || t.Key.StartsWith(find, StringComparison.Ordinal)
                || t.Names.Any(n => TermNames.Normalize(n).Contains(find, StringComparison.Ordinal)))
            .ToList();
        var order = fallback.For(null).ToList();
        var items = matching.Skip((number - 1) * PageSize).Take(PageSize)
            .Select(t => TermDto.From(catalog, parsed, t.Key, language, order, languages)).ToList();
        return Results.Ok(new PagedResult<TermDto>(items, number, PageSize, matching.Count));
    }

    private static async Task<IResult> GetAsync(
        string vocabulary, string key, string? lang, TermService terms, TermFallback fallback, SiteLanguages languages, CacheTags cache, CancellationToken cancellationToken)
    {
        cache.Terms();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parsed = Check(vocabulary, lang, languages, errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var catalog = await terms.CatalogAsync(cancellationToken);
        return catalog.Find(parsed, key) is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Term not found", detail: $"No {vocabulary} has the key '{key}'.")
            : Results.Ok(TermDto.From(catalog, parsed, key, lang ?? languages.Default.Code, fallback.For(null), languages));
    }

    private static async Task<IResult> PutAsync(
        string vocabulary, string key, TermBody? body, HttpContext http, TermService terms, TermFallback fallback, SiteLanguages languages, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parsed = Check(vocabulary, null, languages, errors);
        if (body is null)
        {
            errors["body"] = ["A JSON body is required: {\"labels\": {\"ru\": \"…\"}, \"aliases\": [\"…\"]} or {\"name\": \"…\"}."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        try
        {
            var edit = new TermEdit(body!.Name, body.Labels ?? [], body.Aliases ?? [], body.TimeZone);
            var existed = await terms.FindAsync(parsed, key, cancellationToken) is not null;
            await terms.SaveAsync(parsed, key, edit, body.Version, http.User.Identity?.Name ?? "api", cancellationToken);
            var dto = TermDto.From(await terms.CatalogAsync(cancellationToken), parsed, key, languages.Default.Code, fallback.For(null), languages);
            return existed ? Results.Ok(dto) : Results.Created($"/api/v1/terms/{Vocabularies.Name(parsed)}/{key}", dto);
        }
        catch (NewsroomValidationException ex)
        {
            return Results.ValidationProblem(ex.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));
        }
    }

    private static Vocabulary Check(string vocabulary, string? lang, SiteLanguages languages, Dictionary<string, string[]> errors)
    {
        if (!Vocabularies.TryParse(vocabulary, out var parsed))
        {
            errors["vocabulary"] = [$"'{vocabulary}' is not a vocabulary: use {Vocabularies.Expected}."];
        }

        if (lang is not null && !languages.IsSupported(lang))
        {
            errors["lang"] = [$"Unknown language '{lang}'. Use one of: {string.Join(", ", languages.Codes)}."];
        }

        return parsed;
    }
}
