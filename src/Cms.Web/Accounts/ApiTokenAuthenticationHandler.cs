using System.Security.Claims;
using System.Text.Encodings.Web;
using Cms.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Web.Accounts;

/// <summary>
/// <c>Authorization: Bearer TOKEN</c> for integrations, on <c>/api/v1</c> only (see the scheme selector): the token must be
/// neither revoked nor expired, and its user must exist and not be disabled.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TimeProvider time,
    CmsDbContext db,
    IUserClaimsPrincipalFactory<CmsUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiTokens.Hash(header[7..].Trim());
        var now = time.GetUtcNow().UtcDateTime;
        var user = await db.ApiTokens.Where(t => t.TokenHash == hash && t.RevokedUtc == null && (t.ExpiresUtc == null || t.ExpiresUtc > now))
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => u)
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (user is null || user.IsDisabled)
        {
            return AuthenticateResult.Fail("Invalid or revoked API token.");
        }

        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
