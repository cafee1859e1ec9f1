using Cms.Web.Infrastructure;
using Microsoft.AspNetCore.Localization;

namespace Cms.Web.Localization;

/// <summary>The manager speaks the language its user picked (cookie <c>cms-ui</c>), else the browser's.</summary>
internal sealed class ManagerCultureProvider(SiteLanguages languages) : RequestCultureProvider
{
    public const string CookieName = "cms-ui";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (!httpContext.Request.Path.StartsWithSegments("/manager", StringComparison.Ordinal))
        {
            return Task.FromResult<ProviderCultureResult?>(null);
        }

        var code = LanguageNegotiator.Negotiate(
            httpContext.Request.Cookies[CookieName], httpContext.Request.Headers.AcceptLanguage.ToString(), languages);
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(languages.Get(code).Culture.Name));
    }
}
