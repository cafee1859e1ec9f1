using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Newsroom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Accounts;

/// <summary>Creating, changing and disabling accounts, with the audit log. Shared by the CLI and the admin pages.</summary>
internal sealed class AccountService(UserManager<CmsUser> users, RoleManager<IdentityRole> roles, CmsDbContext db, AuditLog audit, TimeProvider time, SiteClock clock)
{

    public Task<bool> AnyUserAsync(CancellationToken cancellationToken = default) => db.Users.AnyAsync(cancellationToken);

    /// <summary>
    /// The first admin, or null when an account exists already. Concurrent setups queue here (on any node), so the check
    /// and the insert are one step: exactly one of them creates an admin.
    /// </summary>
    public async Task<CmsUser?> AddFirstAdminAsync(string email, string password, string uiLanguage)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.LockForTransactionAsync("first-admin");
        if (await db.Users.AnyAsync())
        {
            return null;
        }

        var user = await AddAsync(email, password, Roles.Admin, "setup", uiLanguage);
        await transaction.CommitAsync();
        return user;
    }

    public async Task<CmsUser> AddAsync(string email, string password, string role, string actor, string uiLanguage = "ru")
    {
        if (!Roles.IsValid(role))
        {
            throw NewsroomValidationException.For("role", "Error.UnknownRole", role);
        }

        await EnsureRolesAsync();
        var user = new CmsUser { UserName = email, Email = email, UiLanguage = uiLanguage, CreatedUtc = time.GetUtcNow().UtcDateTime, LockoutEnabled = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new NewsroomValidationException(created.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => Describe(e, email)).ToArray(), StringComparer.Ordinal));
        }

        await users.AddToRoleAsync(user, role);
        await audit.WriteAsync(actor, AuditActions.UserAdd, email, role);
        return user;
    }

    public async Task SetRoleAsync(string email, string role, string actor)
    {
        if (!Roles.IsValid(role))
        {
            throw NewsroomValidationException.For("role", "Error.UnknownRole", role);
        }

        await EnsureRolesAsync();
        var user = await FindAsync(email);
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(actor, AuditActions.RoleChange, email, $"{string.Join(",", current)} → {role}");
    }

    public async Task DisableAsync(string email, string actor)
    {
        var user = await FindAsync(email);
        user.IsDisabled = true;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        foreach (var token in db.ApiTokens.Where(t => t.UserId == user.Id && t.RevokedUtc == null))
        {
            token.RevokedUtc = time.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync();
        await audit.WriteAsync(actor, AuditActions.UserDisable, email);
    }

    /// <summary>A new token for the user, valid for <c>/api/v1</c> only, until <paramref name="expiresUtc"/> when given.</summary>
    public async Task<string> IssueTokenAsync(string email, string name, string actor, DateTime? expiresUtc = null)
    {
        var user = await FindAsync(email);
        var now = time.GetUtcNow().UtcDateTime;
        if (expiresUtc <= now)
        {
            throw NewsroomValidationException.For("expires", "Error.ExpiryPast");
        }

        var token = ApiTokens.New();
        db.ApiTokens.Add(new ApiToken { UserId = user.Id, Name = name, TokenHash = ApiTokens.Hash(token), CreatedUtc = now, ExpiresUtc = expiresUtc });
        audit.Add(actor, AuditActions.TokenIssue, email, expiresUtc is { } at ? AuditDetails.TokenUntil(name, at) : name);
        await db.SaveChangesAsync();
        return token;
    }

    /// <summary>
    /// A token's expiry typed as a date (<c>2027-01-01</c>): the token works until that day begins in <c>Cms:TimeZone</c>.
    /// Empty means no end date.
    /// </summary>
    public DateTime? ParseTokenExpiry(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            || date.Year > Content.Rules.ContentLimits.LastYear)
        {
            throw NewsroomValidationException.For("expires", "Error.TokenExpiry", text, "2027-01-01", Content.Rules.ContentLimits.LastYear);
        }

        return TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), clock.Zone);
    }

    /// <summary>The newest tokens (at most <paramref name="limit"/>), with the e-mail of their user; all users' when <paramref name="email"/> is null.</summary>
    public async Task<IReadOnlyList<(ApiToken Token, string Email)>> ListTokensAsync(string? email = null, int limit = int.MaxValue)
    {
        var tokens = db.ApiTokens.AsNoTracking().Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, u.Email, u.NormalizedEmail });
        if (email is not null)
        {
            var normalized = users.NormalizeEmail(email);
            tokens = tokens.Where(t => t.NormalizedEmail == normalized);
        }

        var list = await tokens.OrderByDescending(t => t.Token.Id).Take(limit).ToListAsync();
        return [.. list.Select(t => (t.Token, t.Email ?? ""))];
    }

    public async Task RevokeTokenAsync(int id, string actor)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id) ?? throw new NotFoundException($"No API token has the id {id}.");
        if (token.RevokedUtc is not null)
        {
            return;
        }

        token.RevokedUtc = time.GetUtcNow().UtcDateTime;
        var owner = await db.Users.Where(u => u.Id == token.UserId).Select(u => u.Email).FirstOrDefaultAsync();
        audit.Add(actor, AuditActions.TokenRevoke, owner ?? "", $"{token.Name} (#{token.Id})");
        await db.SaveChangesAsync();
    }

    public async Task<IReadOnlyList<(CmsUser User, string Role)>> ListAsync(int page, int pageSize)
    {
        var list = await db.Users.AsNoTracking().OrderBy(u => u.Email).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync();
        var ids = list.Select(u => u.Id).ToList();
        var roleOf = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync();
        return [.. list.Select(u => (u, roleOf.FirstOrDefault(r => r.UserId == u.Id)?.Name ?? "-"))];
    }

    private async Task<CmsUser> FindAsync(string email) =>
        await users.FindByEmailAsync(email) ?? throw new NotFoundException($"No user with the e-mail '{email}'.");

    /// <summary>Creates the roles the first time an account is added. Processes adding accounts at once (several nodes,
    /// the command line) queue here, so each role is created once instead of one of them failing on its unique name.</summary>
    private async Task EnsureRolesAsync()
    {
        if (await db.Roles.CountAsync(r => Roles.All.Contains(r.Name!)) == Roles.All.Count)
        {
            return;
        }

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;
        await db.LockForTransactionAsync("roles");
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var created = await roles.CreateAsync(new IdentityRole(role));
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"Creating the role {role} failed: {string.Join("; ", created.Errors.Select(e => e.Description))}");
                }
            }
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync();
        }
    }

    /// <summary>An Identity refusal as a message: the ones a person can cause, in their words; others as Identity says them.</summary>
    private UiMessage Describe(IdentityError error, string email) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => new UiMessage("Identity.Duplicate", email),
        "InvalidUserName" or "InvalidEmail" => new UiMessage("Identity.InvalidEmail", email),
        "PasswordTooShort" => new UiMessage("Identity.PasswordTooShort", users.Options.Password.RequiredLength),
        _ => new UiMessage("Text.Raw", error.Description),
    };
}
