using Cms.Web.Accounts;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
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

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? IssuedToken { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await ListAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostAddAsync(string email, string role, string password) =>
        RunAsync(() => accounts.AddAsync(email?.Trim() ?? "", password ?? "", role, UserName));

    public Task<IActionResult> OnPostRoleAsync(string email, string role) =>
        RunAsync(() => accounts.SetRoleAsync(email, role, UserName));

    public Task<IActionResult> OnPostDisableAsync(string email) =>
        RunAsync(() => string.Equals(email, UserName, StringComparison.OrdinalIgnoreCase)
            ? throw NewsroomValidationException.For("email", "You cannot disable your own account.")
            : accounts.DisableAsync(email, UserName));

    public Task<IActionResult> OnPostTokenAsync(string email, string? name, string? expires) =>
        RunAsync(async () => IssuedToken = await accounts.IssueTokenAsync(
            email, string.IsNullOrWhiteSpace(name) ? "api" : name.Trim(), UserName, accounts.ParseTokenExpiry(expires)));

    public Task<IActionResult> OnPostRevokeAsync(int id) =>
        RunAsync(() => accounts.RevokeTokenAsync(id, UserName));

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
            Errors = [.. ex.Errors.SelectMany(e => e.Value)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (NotFoundException ex)
        {
            Errors = [ex.Message];
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
