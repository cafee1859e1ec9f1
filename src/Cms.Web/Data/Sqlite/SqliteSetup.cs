using Cms.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Data.Sqlite;

/// <summary>
/// SQLite: processes on one machine take turns through a file lock next to the database (<see cref="MigrationGate"/>);
/// under it, a row in EF's migration lock table was left by a process that died mid-start and is removed, and a
/// database made before the migrations were generated gets its history rewritten (<see cref="LegacyHistory"/>).
/// </summary>
internal sealed partial class SqliteSetup(CmsPaths paths, ILogger<SqliteSetup> logger) : IDatabaseSetup
{
    private static readonly TimeSpan MigrationPatience = TimeSpan.FromMinutes(2);

    public async Task<IAsyncDisposable> LockAsync(Action waiting, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.DataDirectory);
        return await MigrationGate.AcquireAsync(paths.DatabaseFile + ".migrating", MigrationPatience, waiting, cancellationToken);
    }

    public async Task BeforeMigrateAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        if (await TableExistsAsync(db, "__EFMigrationsLock", cancellationToken)
            && await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken) > 0)
        {
            LogStaleMigrationLock(paths.DatabaseFile);
        }

        if (await TableExistsAsync(db, "__EFMigrationsHistory", cancellationToken))
        {
            await LegacyHistory.RewriteAsync(db, cancellationToken);
        }
    }

    public async Task AfterMigrateAsync(CmsDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

    private static async Task<bool> TableExistsAsync(CmsDbContext db, string table, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}")
            .SingleAsync(cancellationToken) > 0;

    [LoggerMessage(LogLevel.Warning, "Removed a migration lock left in {Database} by a process that stopped during start-up")]
    private partial void LogStaleMigrationLock(string database);
}
