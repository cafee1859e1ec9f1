namespace Cms.Web.Data.Sqlite;

/// <summary>SQLite is one machine's file: writers queue, and a due item re-checked inside its write transaction is
/// applied once whichever process gets there first, so every process may schedule.</summary>
internal sealed class SqliteSchedulerLease : ISchedulerLease
{
    public Task<bool> HoldAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}
