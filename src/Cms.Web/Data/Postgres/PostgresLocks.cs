using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Data.Postgres;

/// <summary>Transaction-scoped advisory locks, keyed by a name's hash.</summary>
internal static class PostgresLocks
{
    public static async Task LockForTransactionAsync(CmsDbContext db, string purpose, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An advisory transaction lock needs a transaction.");
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"cms:" + purpose}, 0))", cancellationToken);
    }
}
