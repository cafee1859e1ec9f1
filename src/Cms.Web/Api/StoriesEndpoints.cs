using Cms.Web.Content;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Web.Api;

/// <summary>The public read API: published stories and their published translations.</summary>
internal static class StoriesEndpoints
{
    public static IEndpointRouteBuilder MapStoriesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/stories").WithTags("Stories");
        group.MapGet("/", ListAsync);
        group.MapGet("/{key}", GetAsync);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(
        string? lang, string? page, HttpRequest request, CmsDbContext db, SiteLanguages languages, SiteClock clock,
        IOptions<CmsOptions> options, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (lang is not null && !languages.IsSupported(lang))
        {
            errors["lang"] = [$"Unknown language '{lang}'. Use one of: {string.Join(", ", languages.Codes)}."];
        }

        if (!PageNumbers.TryParse(page, out var number))
        {
            errors["page"] = [$"'page' must be a whole number from 1 to {PageNumbers.Max}."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var now = clock.UtcNow;
        var pageSize = options.Value.PageSize;
        var published = db.Translations.AsNoTracking()
            .Where(t => t.Status == TranslationStatus.Published && t.PublishedUtc <= now);
        if (lang is not null)
        {
            published = published.Where(t => t.Language == lang);
        }

        // A story is listed once, at the time of its newest visible translation.
        var latest = published.GroupBy(t => t.StoryId).Select(g => new { StoryId = g.Key, At = g.Max(t => t.PublishedUtc) });
        var total = await latest.CountAsync(cancellationToken);
        var ids = await latest.OrderByDescending(x => x.At).ThenByDescending(x => x.StoryId)
            .Skip((number - 1) * pageSize).Take(pageSize).Select(x => x.StoryId)
            .ToListAsync(cancellationToken);
        var stories = await db.Stories.AsNoTracking().Include(s => s.Translations)
            .Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        var ordered = ids.Select(id => stories.First(s => s.Id == id)).Select(s => ToDto(s, request, now)).ToList();
        return Results.Ok(new PagedResult<StoryDto>(ordered, number, pageSize, total));
    }

    private static async Task<IResult> GetAsync(string key, HttpRequest request, CmsDbContext db, SiteClock clock, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var story = await db.Stories.AsNoTracking().Include(s => s.Translations)
            .FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (story is null || !story.Translations.Any(t => t.IsPublic(now)))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Story not found",
                detail: $"No published story has the key '{key}'.");
        }

        return Results.Ok(ToDto(story, request, now));
    }

    private static StoryDto ToDto(Story story, HttpRequest request, DateTime now) => new(
        story.Key,
        ContentNames.Of(story.Kind),
        story.SourceLanguage,
        story.EventStart,
        story.EventEnd,
        story.Places,
        story.Organisers,
        story.Project,
        story.Tags,
        [.. story.Translations.Where(t => t.IsPublic(now)).OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new TranslationDto(
            t.Language,
            t.Title,
            t.Slug,
            new Uri(SiteUrls.Absolute(request, SiteUrls.Story(t.Language, t.Slug))),
            t.Summary,
            ContentNames.Of(t.Status),
            t.PublishedUtc))]);
}
