using System.Globalization;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Pages.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cms.Web.Pages;

/// <summary>Error pages, in the language of the URL that failed.</summary>
[IgnoreAntiforgeryToken]
internal sealed class StatusModel(SiteLanguages languages, SiteClock clock, IStringLocalizer<SharedResource> text) : SitePageModel(languages, clock)
{
    public int Code { get; private set; }

    public IActionResult OnGet(int code) => Render(code);

    public IActionResult OnPost(int code) => Render(code);

    public IActionResult OnPut(int code) => Render(code);

    public IActionResult OnDelete(int code) => Render(code);

    public IActionResult OnPatch(int code) => Render(code);

    private PageResult Render(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        var fromPath = RouteLanguageCultureProvider.LanguageFromPath(originalPath ?? "");
        var language = Languages.IsSupported(fromPath)
            ? fromPath!
            : LanguageNegotiator.Negotiate(Request.Cookies[LanguageNegotiator.CookieName], Request.Headers.AcceptLanguage.ToString(), Languages);
        UseLanguage(language);
        CultureInfo.CurrentUICulture = Language.Culture;
        CultureInfo.CurrentCulture = Language.Culture;
        Chrome = ChromeForAllLanguages(Code switch
        {
            404 => text["NotFound.Title"],
            429 => text["TooMany.Title"],
            _ => text["Error.Title"],
        }, null, SiteUrls.Home, indexable: false);
        Response.StatusCode = Code;
        return Page();
    }
}
