using System.Globalization;
using System.Net;
using Cms.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
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
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.Connection = "close";
        var limit = string.Create(CultureInfo.InvariantCulture, $"{maxFile / (1024.0 * 1024.0):0.#} MB");
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>File too large</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main><h1>File too large</h1>
            <p role="alert" class="errors">The upload is larger than the limit of {WebUtility.HtmlEncode(limit)} per file. Please make the file smaller (for a photo: fewer pixels or JPEG) and upload it again.</p>
            <p><a href="/manager/media">Back to the media library</a></p></main></body></html>
            """,
            context.RequestAborted);
    }
}
