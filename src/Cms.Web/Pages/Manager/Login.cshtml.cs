using Cms.Web.Accounts;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Newsroom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Cms.Web.Pages.Manager;

/// <summary>
/// Sign-in. Every failure (unknown e-mail, wrong password, disabled account, paused address) does the same work and gets
/// the same message and status; only the audit log, for admins, says which it was.
/// </summary>
[EnableRateLimiting(CmsRateLimitExtensions.SignInPolicy)]
internal sealed class LoginModel(
    SignInManager<CmsUser> signIn, SignInGuard guard, AccountService accounts, AuditLog audit, IStringLocalizer<SharedResource> text, SiteLanguages languages, SiteClock clock)
    : ManagerPageModel(languages, clock)
{
    private const int MaxEmailLength = 256;

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [FromQuery(Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await accounts.AnyUserAsync() ? Page() : RedirectToPage("/Manager/Setup");

    public async Task<IActionResult> OnPostAsync()
    {
        var email = (Email ?? "").Trim();
        var password = Password ?? "";
        var client = ClientAddress.Of(HttpContext);
        var user = email.Length is > 0 and <= MaxEmailLength ? await signIn.UserManager.FindByEmailAsync(email) : null;
        bool passwordMatches;
        if (user is null)
        {
            guard.HashForUnknownUser(password);
            passwordMatches = false;
        }
        else
        {
            passwordMatches = await signIn.UserManager.CheckPasswordAsync(user, password);
        }

        var reason = user is null ? AuditDetails.UnknownEmail
            : guard.IsPaused(email, client) ? AuditDetails.Paused(client)
            : user.IsDisabled || await signIn.UserManager.IsLockedOutAsync(user) ? AuditDetails.Disabled
            : !passwordMatches ? AuditDetails.WrongPassword
            : null;
        if (reason is null)
        {
            guard.Succeeded(email, client);
            await signIn.SignInAsync(user!, isPersistent: false);
            await audit.WriteAsync(user!.Email!, AuditActions.SignIn);
            Response.Cookies.Append(Localization.ManagerCultureProvider.CookieName, user.UiLanguage, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), Secure = Request.IsHttps });
            return Redirect(LocalUrl.TryNormalize(ReturnUrl, out var target) ? target : "/manager");
        }

        guard.Failed(email, client);
        await audit.WriteAsync(email.Length > 200 ? email[..200] : email, AuditActions.SignInFailed, "", reason);
        Error = text["Login.Failed"];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
