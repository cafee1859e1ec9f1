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
            return Results.Redirect(LocalUrl.TryNormalize(returnUrl, out var target) ? target : SiteUrls.Home(lang));
        }).ExcludeFromDescription();
        return endpoints;
    }
}
