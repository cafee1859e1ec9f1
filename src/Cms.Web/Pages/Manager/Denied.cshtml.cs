using Cms.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Pages.Manager;

internal sealed class DeniedModel(SiteLanguages languages, SiteClock clock) : ManagerPageModel(languages, clock)
{
    public IActionResult OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
