using Cms.Web.Infrastructure;
using Microsoft.AspNetCore.Localization;

namespace Cms.Web.Localization;

/// <summary>The culture of a page is the language in its URL: <c>/ky/…</c> → ky-KG.</summary>
internal sealed class RouteLanguageCultureProvider(SiteLanguages languages) : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var language = languages.Find(httpContext.GetRouteValue("lang") as string)
            ?? languages.Find(LanguageFromPath(httpContext.Request.Path));
        return Task.FromResult(language is null ? null : new ProviderCultureResult(language.Culture.Name));
    }

    internal static string? LanguageFromPath(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value.Length < 2)
        {
            return null;
        }

        var end = value.IndexOf('/', 1);
        return end < 0 ? value[1..] : value[1..end];
    }
}
