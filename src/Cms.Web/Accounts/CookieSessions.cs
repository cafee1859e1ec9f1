using System.Security.Claims;
using Cms.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Web.Accounts;

/// <summary>
/// Every request signed in by cookie is checked against the account (one indexed read): sign-out, a role change and
/// disabling change the security stamp, and from that moment a copy of the old cookie is refused. No time window.
/// </summary>
internal static class CookieSessions
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        var db = context.HttpContext.RequestServices.GetRequiredService<CmsDbContext>();
        var account = userId is null
            ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.SecurityStamp, u.IsDisabled })
                .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (account is null || account.IsDisabled || stamp is null || !string.Equals(stamp, account.SecurityStamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
