using Cms.Web.Accounts;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Newsroom;
using Cms.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Pages.Manager.Admin;

/// <summary>Admins add people, change their role, disable them, and issue and revoke API tokens.</summary>
internal sealed class UsersModel(AccountService accounts, SiteLanguages languages, SiteClock clock) : ManagerPageModel(languages, clock)
{
    public const int PageSize = 50;

    public const int TokensShown = 200;

    [FromQuery(Name = "page")]
    public string? PageText { get; set; }

    public IReadOnlyList<(CmsUser User, string Role)> Items { get; private set; } = [];

    public IReadOnlyList<(ApiToken Token, string Email)> Tokens { get; private set; } = [];

    public IReadOnlyList<UiMessage> Errors { get; private set; } = [];

    public string? IssuedToken { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await ListAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostAddAsync(string email, string role, string password) =>
        RunAsync(() => accounts.AddAsync(email?.Trim() ?? "", password ?? "", role, UserName));

    public Task<IActionResult> OnPostRoleAsync(string email, string role) =>
        RunAsync(() => accounts.SetRoleAsync(email, role, UserName));

    public Task<IActionResult> OnPostDisableAsync(string email) =>
        RunAsync(() => string.Equals(email, UserName, StringComparison.OrdinalIgnoreCase)
            ? throw NewsroomValidationException.For("email", "Error.DisableSelf")
            : accounts.DisableAsync(email, UserName));

    public Task<IActionResult> OnPostTokenAsync(string email, string? name, string? expires) =>
        RunAsync(async () => IssuedToken = await accounts.IssueTokenAsync(
            email, string.IsNullOrWhiteSpace(name) ? "api" : name.Trim(), UserName, TokenExpiry(expires)));

    public Task<IActionResult> OnPostRevokeAsync(int id) =>
        RunAsync(() => accounts.RevokeTokenAsync(id, UserName));

    /// <summary>The expiry typed in the UI culture's date pattern (or as 2027-01-01): the token works until that day begins.</summary>
    private DateTime? TokenExpiry(string? typed)
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        if (UiDates.TryParseDate(typed, culture, out var date))
        {
            return accounts.ParseTokenExpiry(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        try
        {
            return accounts.ParseTokenExpiry(typed);
        }
        catch (NewsroomValidationException)
        {
            // Neither the UI culture's date nor ISO: the example shows the culture's pattern.
            throw NewsroomValidationException.For("expires", "Error.TokenExpiry", typed ?? "", UiDates.DateExample(culture), Cms.Web.Content.Rules.ContentLimits.LastYear);
        }
    }

    /// <summary>A token's state for the list: active, expired or revoked.</summary>
    public string TokenState(ApiToken token) =>
        token.RevokedUtc is not null ? "revoked" : token.ExpiresUtc <= Clock.UtcNow ? "expired" : "active";

    private async Task<IActionResult> RunAsync(Func<Task> action)
    {
        try
        {
            await action();
            Done = "ok";
        }
        catch (NewsroomValidationException ex)
        {
            Errors = [.. ex.Messages.SelectMany(e => e.Value)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (NotFoundException)
        {
            Errors = [new UiMessage("Error.UserNotFound")];
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        await ListAsync();
        return Page();
    }

    private async Task<bool> ListAsync()
    {
        if (!PageNumbers.TryParse(PageText, out var page))
        {
            return false;
        }

        Items = await accounts.ListAsync(page, PageSize);
        Tokens = await accounts.ListTokensAsync(limit: TokensShown);
        return true;
    }
}
