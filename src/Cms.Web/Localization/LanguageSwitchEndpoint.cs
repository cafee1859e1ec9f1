using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;

namespace Cms.Web.Localization;

/// <summary><c>/language/{lang}?returnUrl=…</c>: remember the reader's choice, then go to the page in that language.</summary>
internal static class LanguageSwitchEndpoint
{
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/language/{lang}", (string lang, string? returnUrl, HttpContext context, SiteLanguages languages) =>
        {
            if (!languages.IsSupported(lang))
            {
                return Results.NotFound();
            }

            context.Response.Cookies.Append(LanguageNegotiator.CookieName, lang, new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });
            var target = IsLocal(returnUrl) ? returnUrl! : SiteUrls.Home(lang);
            return Results.Redirect(target);
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
