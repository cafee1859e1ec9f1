using Cms.Web.Accounts;
using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Markdown;
using Cms.Web.Newsroom.Media;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Web.Api;

/// <summary>Small endpoints behind the manager's pages, and the public media files.</summary>
internal static class ManagerEndpoints
{
    public static IEndpointRouteBuilder MapManagerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/manager/preview", async (HttpContext context, IAntiforgery antiforgery, MarkdownRenderer markdown, IStringLocalizer<SharedResource> text) =>
        {
            // A missing or stale token is the client's mistake: 400, never an exception page.
            if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            var form = await context.Request.ReadFormAsync();
            var body = form["markdown"].ToString();
            if (body.Length > ContentLimits.BodyLength)
            {
                body = body[..ContentLimits.BodyLength];
            }

            // The manager's page shows the detail to its user: in the UI language.
            var problem = TextHygiene.ProblemOf(StoryRules.FieldName("body"), body, multiline: true) ?? MarkdownSafety.Check(body)?.Text;
            if (problem is not null)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Manager.PreviewRefused"], detail: problem.In(text));
            }

            try
            {
                return Results.Content(markdown.ToHtml(body), "text/html; charset=utf-8");
            }
            catch (MarkdownRenderException)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Manager.PreviewRefused"], detail: text["Manager.PreviewRefused"]);
            }
        }).RequireAuthorization(Policies.Author).DisableAntiforgery().ExcludeFromDescription();

        endpoints.MapGet("/manager/ui/{lang}", async (string lang, HttpContext context, SiteLanguages languages, CmsDbContext db) =>
        {
            if (!languages.IsSupported(lang))
            {
                return Results.NotFound();
            }

            context.Response.Cookies.Append(ManagerCultureProvider.CookieName, lang, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), Secure = context.Request.IsHttps,
            });
            if (context.User.Identity?.IsAuthenticated == true && await db.Users.FirstOrDefaultAsync(u => u.UserName == context.User.Identity.Name) is { } user)
            {
                user.UiLanguage = lang;
                await db.SaveChangesAsync();
            }

            var back = context.Request.Headers.Referer.ToString();
            return Results.Redirect(Uri.TryCreate(back, UriKind.Absolute, out var uri) && uri.Host == context.Request.Host.Host && uri.AbsolutePath.StartsWith("/manager", StringComparison.Ordinal)
                ? uri.PathAndQuery
                : "/manager");
        }).ExcludeFromDescription();

        endpoints.MapGet("/media/{**name}", async (string name, MediaFiles files, HttpResponse response, CancellationToken cancellationToken) =>
        {
            if (!MediaFileNames.TryGetKind(name, out var kind) || await files.PathAsync(name, cancellationToken) is not { } path)
            {
                return Results.NotFound();
            }

            // A rendition's name carries a fingerprint of its bytes: other bytes would have another name.
            if (MediaFileNames.IsRenditionName(name))
            {
                response.Headers.CacheControl = "public, max-age=31536000, immutable";
            }

            // A stored name never gets other bytes, so the name is the tag, the same on every node (a copy's file
            // time is when that node fetched it).
            var tag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue("\"" + Path.GetFileName(path) + "\"");

            // A PDF can carry script: download it rather than render it in the site's origin.
            return kind == MediaKind.Pdf
                ? Results.File(path, MediaFileNames.ContentTypeOf(kind), Path.GetFileName(path), entityTag: tag, enableRangeProcessing: true)
                : Results.File(path, MediaFileNames.ContentTypeOf(kind), entityTag: tag, enableRangeProcessing: true);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
