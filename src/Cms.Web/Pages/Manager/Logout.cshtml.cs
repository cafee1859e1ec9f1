using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Newsroom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Pages.Manager;

internal sealed class LogoutModel(SignInManager<CmsUser> signIn, AuditLog audit, SiteLanguages languages, SiteClock clock) : ManagerPageModel(languages, clock)
{
    public IActionResult OnGet() => Redirect("/manager");

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.WriteAsync(UserName, AuditActions.SignOut);
        await signIn.SignOutAsync();
        return Redirect("/manager/login");
    }
}
