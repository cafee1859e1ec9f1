using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Cms.Web.Caching;

/// <summary>
/// Cache lifetimes of files under <c>wwwroot</c>: a request carrying the file's current fingerprint (the <c>v</c> that
/// <c>asp-append-version</c> writes) may be kept for a year and never revalidated, since a changed file gets another
/// address; any other request (no fingerprint, an old one) is kept an hour.
/// </summary>
internal static class StaticAssetCaching
{
    public const string Immutable = "public, max-age=31536000, immutable";

    public const string Short = "public, max-age=3600";

    public static void Apply(StaticFileResponseContext file)
    {
        var context = file.Context;
        var fingerprint = context.Request.Query["v"];
        var immutable = false;
        if (fingerprint.Count == 1 && !string.IsNullOrEmpty(fingerprint[0]))
        {
            var versions = context.RequestServices.GetRequiredService<IFileVersionProvider>();
            var path = context.Request.PathBase + context.Request.Path;
            var current = versions.AddFileVersionToPath(context.Request.PathBase, path);
            immutable = string.Equals(current, path + "?v=" + fingerprint[0], StringComparison.Ordinal);
        }

        context.Response.Headers[HeaderNames.CacheControl] = immutable ? Immutable : Short;
    }
}
