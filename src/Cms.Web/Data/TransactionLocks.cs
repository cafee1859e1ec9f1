using Cms.Web.Data.Postgres;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Data;

/// <summary>
/// Makes a check-then-write inside a transaction one step across processes. SQLite serialises writers already (one
/// write transaction at a time); PostgreSQL reads committed data, so two nodes could both see "nothing yet": there the
/// transaction takes an advisory lock named by <paramref name="purpose"/>, released when it ends.
/// </summary>
internal static class TransactionLocks
{
    public static Task LockForTransactionAsync(this CmsDbContext db, string purpose, CancellationToken cancellationToken = default) =>
        db.Database.IsNpgsql() ? PostgresLocks.LockForTransactionAsync(db, purpose, cancellationToken) : Task.CompletedTask;
}
