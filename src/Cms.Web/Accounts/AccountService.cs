using Cms.Web.Data;
using Cms.Web.Newsroom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Accounts;

/// <summary>Creating, changing and disabling accounts, with the audit log. Shared by the CLI and the admin pages.</summary>
internal sealed class AccountService(UserManager<CmsUser> users, RoleManager<IdentityRole> roles, CmsDbContext db, AuditLog audit, TimeProvider time)
{
    public Task<bool> AnyUserAsync(CancellationToken cancellationToken = default) => db.Users.AnyAsync(cancellationToken);

    public async Task<CmsUser> AddAsync(string email, string password, string role, string actor, string uiLanguage = "ru")
    {
        if (!Roles.IsValid(role))
        {
            throw NewsroomValidationException.For("role", $"Unknown role '{role}' (admin, editor or author).");
        }

        await EnsureRolesAsync();
        var user = new CmsUser { UserName = email, Email = email, UiLanguage = uiLanguage, CreatedUtc = time.GetUtcNow().UtcDateTime, LockoutEnabled = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new NewsroomValidationException(created.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray(), StringComparer.Ordinal));
        }

        await users.AddToRoleAsync(user, role);
        await audit.WriteAsync(actor, AuditActions.UserAdd, email, role);
        return user;
    }

    public async Task SetRoleAsync(string email, string role, string actor)
    {
        if (!Roles.IsValid(role))
        {
            throw NewsroomValidationException.For("role", $"Unknown role '{role}' (admin, editor or author).");
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

    public async Task<string> IssueTokenAsync(string email, string name, string actor)
    {
        var user = await FindAsync(email);
        var token = ApiTokens.New();
        db.ApiTokens.Add(new ApiToken { UserId = user.Id, Name = name, TokenHash = ApiTokens.Hash(token), CreatedUtc = time.GetUtcNow().UtcDateTime });
        audit.Add(actor, AuditActions.TokenIssue, email, name);
        await db.SaveChangesAsync();
        return token;
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

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
