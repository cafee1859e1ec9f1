using System.Globalization;
using System.Net;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cms.Web.Newsroom.Media;

/// <summary>
/// Refuses an upload body larger than <c>Cms:MaxUploadBytes</c> (plus room for the rest of the form) with 413 and
/// a page that says so, before the form is read: from its Content-Length at once, and a body without one as soon as
/// it grows past the limit. Within the limit the server's own body size cap is raised to it.
/// </summary>
internal sealed class UploadSizeLimit(RequestDelegate next, IOptions<CmsOptions> options)
{
    /// <summary>Multipart boundaries, the antiforgery token and the alt texts around the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    private static readonly PathString UploadPath = "/manager/media";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.Path.StartsWithSegments(UploadPath, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var maxFile = options.Value.MaxUploadBytes;
        var limit = maxFile + FormOverheadBytes;
        if (request.ContentLength > limit)
        {
            await RefuseAsync(context, maxFile);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        if (request.ContentLength is null)
        {
            request.EnableBuffering(bufferThreshold: 1024 * 1024, bufferLimit: limit);
            try
            {
                await request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            }
            catch (IOException)
            {
                await RefuseAsync(context, maxFile);
                return;
            }

            request.Body.Position = 0;
        }

        await next(context);
    }

    private static async Task RefuseAsync(HttpContext context, long maxFile)
    {
        // This runs before request localization: the page speaks the manager's language all the same.
        var languages = context.RequestServices.GetRequiredService<SiteLanguages>();
        var code = LanguageNegotiator.Negotiate(
            context.Request.Cookies[ManagerCultureProvider.CookieName], context.Request.Headers.AcceptLanguage.ToString(), languages);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = languages.Get(code).Culture;
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var limit = Math.Round(maxFile / (1024.0 * 1024.0), 1);
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.Connection = "close";
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{code}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(text["Media.TooLargeTitle"])}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main><h1>{WebUtility.HtmlEncode(text["Media.TooLargeTitle"])}</h1>
            <p role="alert" class="errors">{WebUtility.HtmlEncode(text["Media.TooLargeText", limit])}</p>
            <p><a href="/manager/media">{WebUtility.HtmlEncode(text["Media.BackToLibrary"])}</a></p></main></body></html>
            """,
            context.RequestAborted);
    }
}
