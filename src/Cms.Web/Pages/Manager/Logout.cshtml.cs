using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Newsroom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Pages.Manager;

/// <summary>Sign-out ends the session everywhere: a new security stamp makes every copy of the cookie worthless.</summary>
internal sealed class LogoutModel(SignInManager<CmsUser> signIn, AuditLog audit, SiteLanguages languages, SiteClock clock) : ManagerPageModel(languages, clock)
{
    public IActionResult OnGet() => Redirect("/manager");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await audit.WriteAsync(UserName, AuditActions.SignOut);
        await signIn.SignOutAsync();
        return Redirect("/manager/login");
    }
}
