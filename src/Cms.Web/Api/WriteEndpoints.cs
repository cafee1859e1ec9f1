using Cms.Web.Accounts;
using Cms.Web.Content;
using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Newsroom;
using Cms.Web.Newsroom.Splitting;
using Cms.Web.Pages.Shared;
using Microsoft.AspNetCore.Antiforgery;

namespace Cms.Web.Api;

/// <summary>
/// The write API for integrations: signed in by cookie (with the antiforgery header) or by an API token.
/// Anonymous → 401, wrong role → 403, invalid body → 400 with the field errors, stale version → 409.
/// </summary>
internal static class WriteEndpoints
{
    public static IEndpointRouteBuilder MapWriteApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").AddEndpointFilter(RequireAntiforgeryForCookies).WithTags("Write");
        api.MapPost("/stories", CreateAsync).RequireAuthorization(Policies.ApiAuthor);
        api.MapPut("/stories/{key}", UpdateFieldsAsync).RequireAuthorization(Policies.ApiAuthor);
        api.MapPost("/stories/{key}/publish", PublishFieldsAsync).RequireAuthorization(Policies.ApiEditor);
        api.MapPut("/stories/{key}/translations/{lang}", SaveTranslationAsync).RequireAuthorization(Policies.ApiAuthor);
        api.MapPost("/stories/{key}/translations/{lang}/publish", PublishAsync).RequireAuthorization(Policies.ApiEditor);
        api.MapPost("/stories/{key}/translations/{lang}/unpublish", UnpublishAsync).RequireAuthorization(Policies.ApiEditor);
        api.MapPost("/split", Split).RequireAuthorization(Policies.ApiAuthor);
        return endpoints;
    }

    public static async ValueTask<object?> RequireAntiforgeryForCookies(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.AuthenticationType != ApiTokenAuthenticationHandler.SchemeName && http.User.Identity?.IsAuthenticated == true)
        {
            try
            {
                await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing or invalid antiforgery token",
                    detail: "A request signed in with the site's cookie must carry the X-CSRF-TOKEN header; integrations use an API token.");
            }
        }

        return await next(context);
    }

    private static async Task<IResult> CreateAsync(NewStoryBody? body, HttpContext http, NewsroomService newsroom, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return Invalid("body", "A JSON body is required.");
        }

        return await HandleAsync(async () =>
        {
            var fields = Fields(body.Kind, body.EventStart, body.EventEnd, body.Places, body.Organisers, body.Project, body.Tags) with { Event = body.Event?.ToDetails() };
            var translations = (body.Translations ?? [])
                .Select(t => (t.Language ?? "", new TranslationEdit(t.Title ?? "", t.Slug, t.Summary ?? "", t.Body ?? ""))).ToList();
            var source = body.SourceLanguage ?? translations.FirstOrDefault().Item1 ?? "";
            var story = await newsroom.CreateStoryAsync(fields, source, translations, Actor(http), cancellationToken);
            return Results.Created($"/api/v1/stories/{story.Key}", ToDto(story, http.Request));
        });
    }

    private static Task<IResult> UpdateFieldsAsync(string key, StoryFieldsBody? body, HttpContext http, NewsroomService newsroom, CancellationToken cancellationToken) =>
        body is null
            ? Task.FromResult(Invalid("body", "A JSON body is required."))
            : HandleAsync(async () =>
            {
                var story = await newsroom.LoadAsync(key, cancellationToken);
                await newsroom.UpdateFieldsAsync(story.Id, Fields(body.Kind, body.EventStart, body.EventEnd, body.Places, body.Organisers, body.Project, body.Tags) with { Image = body.Image, Event = body.Event?.ToDetails() }, body.Version, Actor(http), cancellationToken);
                return Results.Ok(ToDto(await newsroom.LoadAsync(key, cancellationToken), http.Request));
            });

    private static Task<IResult> PublishFieldsAsync(string key, HttpContext http, NewsroomService newsroom, CancellationToken cancellationToken) =>
        HandleAsync(async () =>
        {
            var story = await newsroom.LoadAsync(key, cancellationToken);
            await newsroom.PublishFieldsAsync(story.Id, Actor(http), cancellationToken);
            return Results.Ok(ToDto(await newsroom.LoadAsync(key, cancellationToken), http.Request));
        });

    private static Task<IResult> SaveTranslationAsync(string key, string lang, TranslationBody? body, HttpContext http, NewsroomService newsroom, CancellationToken cancellationToken) =>
        body is null
            ? Task.FromResult(Invalid("body", "A JSON body is required."))
            : HandleAsync(async () =>
            {
                var story = await newsroom.LoadAsync(key, cancellationToken);
                await newsroom.SaveTranslationAsync(story.Id, lang, new TranslationEdit(body.Title ?? "", body.Slug, body.Summary ?? "", body.Body ?? ""), body.Version, body.Reviewed == true, Actor(http), cancellationToken);
                return Results.Ok(ToDto(await newsroom.LoadAsync(key, cancellationToken), http.Request));
            });

    private static Task<IResult> PublishAsync(string key, string lang, PublishBody? body, HttpContext http, NewsroomService newsroom, SiteClock clock, CancellationToken cancellationToken) =>
        HandleAsync(async () =>
        {
            var at = clock.ParseInstant(body?.At, "at");
            var until = clock.ParseInstant(body?.UnpublishAt, "unpublishAt");
            var translation = await FindAsync(newsroom, key, lang, cancellationToken);
            await newsroom.PublishAsync(translation.Id, body?.Version, at, until, Actor(http), cancellationToken);
            return Results.Ok(ToDto(await newsroom.LoadAsync(key, cancellationToken), http.Request));
        });

    private static Task<IResult> UnpublishAsync(string key, string lang, VersionBody? body, HttpContext http, NewsroomService newsroom, CancellationToken cancellationToken) =>
        HandleAsync(async () =>
        {
            var translation = await FindAsync(newsroom, key, lang, cancellationToken);
            await newsroom.UnpublishAsync(translation.Id, body?.Version, Actor(http), cancellationToken);
            return Results.Ok(ToDto(await newsroom.LoadAsync(key, cancellationToken), http.Request));
        });

    private static IResult Split(SplitBody? body, TextSplitter splitter)
    {
        if (string.IsNullOrWhiteSpace(body?.Text))
        {
            return Invalid("text", "'text' is required.");
        }

        if (body.Text.Length > 200_000)
        {
            return Invalid("text", "'text' is longer than 200,000 characters.");
        }

        return Results.Ok(splitter.Split(body.Text).Select(p => new { lang = p.Language, title = p.Title, body = p.Body, dates = p.Dates }));
    }

    private static async Task<Translation> FindAsync(NewsroomService newsroom, string key, string lang, CancellationToken cancellationToken)
    {
        var story = await newsroom.LoadAsync(key, cancellationToken);
        return story.Translations.FirstOrDefault(t => t.Language == lang)
            ?? throw new NotFoundException($"Story '{key}' has no '{lang}' translation.");
    }

    private static async Task<IResult> HandleAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (NewsroomValidationException ex)
        {
            return Results.ValidationProblem(ex.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));
        }
        catch (NotFoundException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: ex.Message);
        }
        catch (EditConflictException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Edit conflict",
                detail: $"The translation was changed by {ex.TheirAuthor}; its current version is {ex.TheirVersion}. Nothing was overwritten.");
        }
        catch (FieldsConflictException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Edit conflict", detail: ex.Message);
        }
    }

    private static StoryFields Fields(string? kind, DateOnly? start, DateOnly? end, List<string>? places, List<string>? organisers, string? project, List<string>? tags)
    {
        return new StoryFields(StoryKinds.Submitted(kind), start, end, places ?? [], organisers ?? [], project, tags ?? []);
    }

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? "api";

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });

    private static object ToDto(Story story, HttpRequest request) => new
    {
        key = story.Key,
        kind = StoryKinds.Name(story.Kind),
        sourceLanguage = story.SourceLanguage,
        eventStart = story.EventStart,
        eventEnd = story.EventEnd,
        @event = StoryFields.Of(story).Details,
        places = story.Places,
        organisers = story.Organisers,
        project = story.Project,
        tags = story.Tags,
        version = story.Version,
        pendingFields = story.PendingFields is null ? null : NewsroomService.WorkingFieldsOf(story),
        inTrash = story.IsInTrash,
        translations = story.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new
        {
            language = t.Language,
            title = t.Title,
            slug = t.Slug,
            url = SiteUrls.Absolute(request, SiteUrls.Story(t.Language, t.Slug)),
            summary = t.Summary,
            status = ContentNames.Of(t.Status),
            publishedAt = t.PublishedUtc,
            unpublishAt = t.UnpublishUtc,
            live = t.IsLive,
            pendingChanges = t.PendingRevisionId is not null,
            version = t.Version,
            revision = t.Revision,
            outdated = NewsroomService.IsOutdated(story, t),
        }),
    };
}
