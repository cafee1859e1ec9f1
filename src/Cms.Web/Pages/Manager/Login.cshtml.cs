using Cms.Web.Accounts;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Newsroom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cms.Web.Pages.Manager;

internal sealed class LoginModel(
    SignInManager<CmsUser> signIn, AccountService accounts, AuditLog audit, IStringLocalizer<SharedResource> text, SiteLanguages languages, SiteClock clock)
    : ManagerPageModel(languages, clock)
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [FromQuery(Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await accounts.AnyUserAsync() ? Page() : RedirectToPage("/Manager/Setup");

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.UserManager.FindByEmailAsync(Email.Trim());
        if (user is { IsDisabled: true })
        {
            await audit.WriteAsync(Email, AuditActions.SignInFailed, Email, "disabled");
            Error = text["Login.Disabled"];
            return Page();
        }

        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteAsync(user!.Email!, AuditActions.SignIn);
            Response.Cookies.Append(Localization.ManagerCultureProvider.CookieName, user.UiLanguage, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/manager");
        }

        await audit.WriteAsync(Email.Length > 200 ? Email[..200] : Email, AuditActions.SignInFailed, "", result.IsLockedOut ? "locked out" : "");
        Error = result.IsLockedOut ? text["Login.LockedOut"] : text["Login.Failed"];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
