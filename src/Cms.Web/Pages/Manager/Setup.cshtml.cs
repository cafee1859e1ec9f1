using Cms.Web.Accounts;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Newsroom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Cms.Web.Pages.Manager;

/// <summary>Creates the first admin; exists only while there is no user at all. Rate-limited per client like sign-in.</summary>
[EnableRateLimiting(CmsRateLimitExtensions.SignInPolicy)]
internal sealed class SetupModel(
    AccountService accounts, SignInManager<CmsUser> signIn, SiteLanguages languages, SiteClock clock)
    : ManagerPageModel(languages, clock)
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public IReadOnlyList<UiMessage> Errors { get; private set; } = [];

    /// <summary>Someone else created the first admin first (or before this form was sent).</summary>
    public bool AlreadyDone { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await accounts.AnyUserAsync() ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await accounts.AnyUserAsync())
        {
            return AlreadySetUp();
        }

        if (Password != Confirm)
        {
            Errors = [new UiMessage("Setup.Mismatch")];
            return Page();
        }

        try
        {
            var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            var user = await accounts.AddFirstAdminAsync((Email ?? "").Trim(), Password ?? "", Languages.IsSupported(culture) ? culture : Languages.Default.Code);
            if (user is null)
            {
                return AlreadySetUp();
            }

            await signIn.SignInAsync(user, isPersistent: false);
            return Redirect("/manager");
        }
        catch (NewsroomValidationException ex)
        {
            Errors = [.. ex.Messages.SelectMany(e => e.Value)];
            return Page();
        }
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult AlreadySetUp()
    {
        AlreadyDone = true;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
