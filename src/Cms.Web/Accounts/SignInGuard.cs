using System.Collections.Concurrent;
using System.Security.Cryptography;
using Cms.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cms.Web.Accounts;

/// <summary>
/// Failed sign-ins are counted per (e-mail, client address), never per account alone: after
/// <c>Lockout.MaxFailedAccessAttempts</c> failures one address is paused for that e-mail for <c>Lockout.DefaultLockoutTimeSpan</c>,
/// while the account's owner, elsewhere, still signs in. Unknown e-mails are counted the same way and cost one password
/// hash like known ones, so neither the answer nor its timing tells whether an account exists.
/// </summary>
internal sealed class SignInGuard(IOptions<IdentityOptions> identity, IOptions<PasswordHasherOptions> hashing, TimeProvider time)
{
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);
    private readonly PasswordHasher<CmsUser> hasher = new(hashing);
    private readonly Lazy<string> dummyHash = new(() => new PasswordHasher<CmsUser>(hashing).HashPassword(new CmsUser(), Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));

    public bool IsPaused(string email, string client) =>
        failures.TryGetValue(Key(email, client), out var entry) && entry.PausedUntil > time.GetUtcNow();

    /// <summary>The work of checking a password, for an e-mail that has no account.</summary>
    public void HashForUnknownUser(string password) =>
        hasher.VerifyHashedPassword(new CmsUser(), dummyHash.Value, password);

    public void Failed(string email, string client)
    {
        var now = time.GetUtcNow();
        var span = identity.Value.Lockout.DefaultLockoutTimeSpan;
        var max = identity.Value.Lockout.MaxFailedAccessAttempts;
        failures.AddOrUpdate(
            Key(email, client),
            _ => new Failures(1, now, max <= 1 ? now + span : DateTimeOffset.MinValue),
            (_, old) =>
            {
                var count = old.Last + span < now ? 1 : old.Count + 1;
                return new Failures(count, now, count >= max ? now + span : old.PausedUntil);
            });
        if (failures.Count > PruneAbove)
        {
            foreach (var (key, entry) in failures)
            {
                if (entry.Last + span < now && entry.PausedUntil < now)
                {
                    failures.TryRemove(key, out _);
                }
            }
        }
    }

    public void Succeeded(string email, string client) => failures.TryRemove(Key(email, client), out _);

    private static string Key(string email, string client) => email.Trim().ToUpperInvariant() + "\n" + client;

    private sealed record Failures(int Count, DateTimeOffset Last, DateTimeOffset PausedUntil);
}
