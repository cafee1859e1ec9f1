using Microsoft.Extensions.Options;

namespace Cms.Web.Infrastructure;

/// <summary>
/// Every absolute URL the site writes: from <c>Cms:PublicBaseUrl</c> when it is set, so a forged Host header never
/// reaches a page or the API; otherwise from the request (after forwarded headers from a known proxy).
/// </summary>
internal sealed class PublicUrls(IOptions<CmsOptions> options)
{
    private readonly string? baseUrl = string.IsNullOrEmpty(options.Value.PublicBaseUrl) ? null : options.Value.PublicBaseUrl.TrimEnd('/');

    public string Absolute(HttpRequest request, string path) =>
        baseUrl is null ? $"{request.Scheme}://{request.Host}{request.PathBase}{path}" : baseUrl + path;

    /// <summary>A redirect the framework built from the request's Host (sign-in, access denied), moved onto the public address.</summary>
    public string Redirect(HttpRequest request, string location)
    {
        if (baseUrl is null || !Uri.TryCreate(location, UriKind.Absolute, out var uri))
        {
            return location;
        }

        var path = uri.PathAndQuery;
        return baseUrl + (request.PathBase.HasValue && path.StartsWith(request.PathBase.Value!, StringComparison.Ordinal) ? path[request.PathBase.Value!.Length..] : path);
    }
}
