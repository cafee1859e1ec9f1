using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Cms.Web.Caching;

/// <summary>
/// Runs inside the output cache (and inside compression, so it sees the page as rendered) for requests the
/// <see cref="PageCachePolicy"/> may store: holds the body back until the endpoint is done, then gives it a weak ETag
/// from its content and a Last-Modified, and hands the output cache the response's tags. A response that
/// is not a 200, sets a cookie, or asked not to be stored, is passed on as it is and not cached. Cached responses are
/// revalidated by clients on every use (<c>no-cache</c>), so a publish is visible to them at once too.
/// </summary>
internal sealed class PageCacheResponses(RequestDelegate next)
{
    private readonly TimeProvider time = TimeProvider.System;

    public async Task InvokeAsync(HttpContext context, CacheTags tags)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is not { AllowCacheStorage: true } cache)
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.SetCookie) && !tags.DoNotStore)
        {
            var now = time.GetUtcNow();
            response.Headers.ETag = "W/\"" + Base64Url(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..18]) + "\"";
            response.Headers.LastModified = HeaderUtilities.FormatDate(now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerSecond)));
            response.Headers.CacheControl = "public, no-cache";
            foreach (var tag in tags.All)
            {
                cache.Tags.Add(tag);
            }
        }
        else
        {
            cache.AllowCacheStorage = false;
        }

        if (buffer.Length > 0)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
}
