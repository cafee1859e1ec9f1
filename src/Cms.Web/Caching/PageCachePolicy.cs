using System.Globalization;
using Cms.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Cms.Web.Caching;

/// <summary>
/// The output-cache policy of public pages, feeds and the read API (<see cref="Name"/>): anonymous GETs only (no
/// Authorization header, no sign-in cookie), keyed by host, path (case-sensitive, as routes and slugs are), every query
/// parameter, the response encoding the compression middleware will choose (compressed bodies are cached once per
/// encoding) and the site's date (what is upcoming changes with the day, without any change to content). What is stored and when is decided by <see cref="PageCacheResponses"/> and <see cref="PageCacheStore"/>.
/// </summary>
internal sealed class PageCachePolicy(
    PageCacheStore store,
    IResponseCompressionProvider compression,
    IOptionsMonitor<CookieAuthenticationOptions> cookies,
    SiteClock clock,
    IOptions<PageCacheOptions> options) : IOutputCachePolicy
{
    public const string Name = "public";

    private const string EncodingKey = "encoding";

    private const string DayKey = "day";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var anonymous = StringValues.IsNullOrEmpty(request.Headers.Authorization)
            && http.User.Identity?.IsAuthenticated != true
            && !request.Cookies.ContainsKey(cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name ?? "");
        var attempt = HttpMethods.IsGet(request.Method) && anonymous;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        // A request joining another's render could be handed a page rendered before a publish it came after.
        context.AllowLocking = false;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Value.Seconds);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues[EncodingKey] = compression.CheckRequestAcceptsCompression(http)
            ? compression.GetCompressionProvider(http)?.EncodingName ?? "identity"
            : "identity";
        context.CacheVaryByRules.VaryByValues[DayKey] = DateOnly.FromDateTime(clock.ToLocal(clock.UtcNow)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        context.Tags.Add(PageCacheStore.StartedTag(store.Generation));
        IgnoreAmbiguousIfModifiedSince(request);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>
    /// Last-Modified has whole seconds: a page re-rendered in the second of an eviction carries the same date as the
    /// one before it. A client that sends only If-Modified-Since for that very second gets the full page (ETags, which
    /// browsers send too, are exact).
    /// </summary>
    private void IgnoreAmbiguousIfModifiedSince(HttpRequest request)
    {
        if (!StringValues.IsNullOrEmpty(request.Headers.IfNoneMatch)
            || !HeaderUtilities.TryParseDate(request.Headers.IfModifiedSince.ToString(), out var since))
        {
            return;
        }

        var evicted = store.LastEviction;
        var second = evicted.AddTicks(-(evicted.UtcTicks % TimeSpan.TicksPerSecond));
        if (since >= second && since < second.AddSeconds(1))
        {
            request.Headers.Remove(HeaderNames.IfModifiedSince);
        }
    }
}
