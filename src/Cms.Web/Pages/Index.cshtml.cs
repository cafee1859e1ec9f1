using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Pages;

/// <summary><c>/</c>: send the reader to her language.</summary>
internal sealed class RootModel : PageModel
{
    private readonly SiteLanguages languages;

    public RootModel(SiteLanguages languages) => this.languages = languages;

    public IActionResult OnGet()
    {
        var language = LanguageNegotiator.Negotiate(
            Request.Cookies[LanguageNegotiator.CookieName], Request.Headers.AcceptLanguage.ToString(), languages);
        Response.Headers.Vary = "Accept-Language, Cookie";
        return Redirect(SiteUrls.Home(language));
    }
}
