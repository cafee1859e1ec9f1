using Cms.Web.Caching;
using Cms.Web.Content;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Cms.Web.Pictures;
using Cms.Web.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Web.Api;

/// <summary>The public read API: published stories and their published translations.</summary>
internal static class StoriesEndpoints
{
    public static IEndpointRouteBuilder MapStoriesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/stories").WithTags("Stories");
        group.MapGet("/", ListAsync).CachedAsPublic();
        group.MapGet("/{key}", GetAsync).CachedAsPublic();
        return endpoints;
    }

    private static async Task<IResult> ListAsync(
        string? lang, string? page, HttpRequest request, CmsDbContext db, SiteLanguages languages, SiteClock clock,
        IOptions<CmsOptions> options, TermService terms, TermFallback fallback, MediaPictures pictures, CacheTags cache, CancellationToken cancellationToken)
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
        IQueryable<int> ordered;
        int total;
        if (lang is not null)
        {
            // The same indexed path as the language's home page.
            var published = db.Translations.AsNoTracking()
                .LiveIn(lang);
            total = await published.CountAsync(cancellationToken);
            ordered = published.OrderByDescending(t => t.PublishedUtc).ThenByDescending(t => t.Id).Select(t => t.StoryId);
        }
        else
        {
            var stories = db.Stories.AsNoTracking().Where(s => s.FirstPublishedUtc != null && s.FirstPublishedUtc <= now && s.Translations.Any(t => t.IsLive));
            total = await stories.CountAsync(cancellationToken);
            ordered = stories.OrderByDescending(s => s.FirstPublishedUtc).ThenByDescending(s => s.Id).Select(s => s.Id);
        }

        foreach (var language in lang is null ? languages.Codes : [lang])
        {
            cache.List(language);
        }

        var ids = await ordered.Skip((number - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        cache.Stories(ids);
        var loaded = await db.Stories.AsNoTracking().Include(s => s.Translations)
            .Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var catalog = await terms.CatalogAsync(cancellationToken);
        var images = await pictures.ItemsAsync(loaded.Values.Select(s => s.Image), cancellationToken);
        var items = ids.Select(id => ToDto(loaded[id], lang, request, catalog, fallback, languages, images)).ToList();
        return Results.Ok(new PagedResult<StoryDto>(items, number, pageSize, total));
    }

    private static async Task<IResult> GetAsync(
        string key, string? lang, HttpRequest request, CmsDbContext db, SiteLanguages languages, TermService terms, TermFallback fallback,
        MediaPictures pictures, CacheTags cache, CancellationToken cancellationToken)
    {
        if (lang is not null && !languages.IsSupported(lang))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["lang"] = [$"Unknown language '{lang}'. Use one of: {string.Join(", ", languages.Codes)}."],
            });
        }

        var story = await db.Stories.AsNoTracking().Include(s => s.Translations)
            .FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (story is null || !story.Translations.Any(t => t.IsLive))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Story not found",
                detail: $"No published story has the key '{key}'.");
        }

        cache.Story(story.Id);
        var images = await pictures.ItemsAsync([story.Image], cancellationToken);
        return Results.Ok(ToDto(story, lang, request, await terms.CatalogAsync(cancellationToken), fallback, languages, images));
    }

    /// <summary>The story with its terms named in <paramref name="lang"/> (else the story's own language).</summary>
    private static StoryDto ToDto(
        Story story, string? lang, HttpRequest request, TermCatalog catalog, TermFallback fallback, SiteLanguages languages, IReadOnlyDictionary<string, MediaItem> images)
    {
        var language = lang ?? story.SourceLanguage;
        var order = fallback.For(story.SourceLanguage).ToList();
        List<TermDto> Named(Vocabulary vocabulary, IEnumerable<string> keys) =>
            [.. keys.Select(key => TermDto.From(catalog, vocabulary, key, language, order, languages))];
        return new(
        story.Key,
        Content.Rules.StoryKinds.Name(story.Kind),
        story.SourceLanguage,
        story.EventStart,
        story.EventEnd,
        Named(Vocabulary.Place, story.Places),
        Named(Vocabulary.Organisation, story.Organisers),
        story.Project is { } project ? TermDto.From(catalog, Vocabulary.Project, project, language, order, languages) : null,
        Named(Vocabulary.Tag, story.Tags),
        [.. story.Translations.Where(t => t.IsLive).OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new TranslationDto(
            t.Language,
            t.Title,
            t.Slug,
            new Uri(SiteUrls.Absolute(request, SiteUrls.Story(t.Language, t.Slug))),
            t.Summary,
            ContentNames.Of(t.Status),
            t.PublishedUtc))],
        Content.Rules.StoryKinds.IsEvent(story.Kind) ? new EventDto(
            story.EventStartTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            story.EventEndTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            story.Venue is { } venue ? TermDto.From(catalog, Vocabulary.Place, venue, language, order, languages) : null,
            story.OnlineUrl,
            story.RegistrationUrl,
            story.RegistrationDeadline,
            Terms.LocalText.Pick(story.VenueAddress, language, order)?.Text,
            story.VenueAddress) : null,
        story.Image is { } image && images.TryGetValue(image, out var item) ? ImageOf(item, request) : null);
    }

    private static ImageDto ImageOf(MediaItem item, HttpRequest request)
    {
        Uri Url(string storedName) => new(SiteUrls.Absolute(request, MediaUrls.Of(storedName)));
        return new ImageDto(
            item.StoredName,
            Url(item.StoredName),
            item.Width!.Value,
            item.Height!.Value,
            item.Credit,
            [.. item.Renditions.OrderBy(r => r.Width).ThenBy(r => r.ContentType, StringComparer.Ordinal)
                .Select(r => new RenditionDto(Url(r.StoredName), r.ContentType, r.Width, r.Height))],
            [.. item.AltTexts.OrderBy(a => a.Language, StringComparer.Ordinal)
                .Select(a => new ImageTextDto(a.Language, a.Text, a.Caption, string.IsNullOrEmpty(a.Credit) ? item.Credit : a.Credit))]);
    }
}
