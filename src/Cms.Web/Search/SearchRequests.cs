using System.Globalization;
using Cms.Search.Searching;
using Cms.Web.Content.Rules;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;

namespace Cms.Web.Search;

/// <summary>Validates the search parameters shared by the page and the API.</summary>
internal static class SearchRequests
{
    public const int MaxQueryLength = 10_000;

    public static SearchRequest? TryCreate(
        string? query, string? language, string? kind, string? year, string? place, string? tag, string? sort, string? page,
        int pageSize, SiteLanguages languages, Dictionary<string, string[]> errors)
    {
        if (language is { Length: > 0 } && !languages.IsSupported(language))
        {
            errors["lang"] = [$"Unknown language '{language}'. Use one of: {string.Join(", ", languages.Codes)}."];
        }

        string? kindName = null;
        if (kind is { Length: > 0 })
        {
            if (StoryKinds.TryParse(kind, out var parsedKind))
            {
                kindName = StoryKinds.Name(parsedKind);
            }
            else
            {
                errors["kind"] = [$"'kind' must be {StoryKinds.Expected}."];
            }
        }

        CheckText(errors, "place", place);
        CheckText(errors, "tag", tag);

        int? yearNumber = null;
        if (year is { Length: > 0 })
        {
            if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1900 and <= 2200)
            {
                yearNumber = parsed;
            }
            else
            {
                errors["year"] = ["'year' must be a year such as 2023."];
            }
        }

        var sortValue = SearchSort.Relevance;
        if (sort is { Length: > 0 })
        {
            if (sort == "date")
            {
                sortValue = SearchSort.Date;
            }
            else if (sort != "relevance")
            {
                errors["sort"] = ["'sort' must be relevance or date."];
            }
        }

        if (!PageNumbers.TryParse(page, out var pageNumber))
        {
            errors["page"] = [$"'page' must be a whole number from 1 to {PageNumbers.Max}."];
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var text = query is { Length: > MaxQueryLength } ? query[..MaxQueryLength] : query;
        text = text is null ? null : TextHygiene.Clean(text); // anything may be typed; search normalisation throws on these
        return new SearchRequest(
            text,
            Blank(language),
            kindName,
            yearNumber,
            Blank(place),
            Blank(tag),
            sortValue,
            pageNumber,
            pageSize);
    }

    /// <summary>Noncharacters, lone surrogates and controls cannot be normalised (search would throw): refused.</summary>
    private static void CheckText(Dictionary<string, string[]> errors, string name, string? value)
    {
        if (value is not null && TextHygiene.Problem(value, multiline: true) is { } problem)
        {
            errors[name] = [$"'{name}' {problem}."];
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
