using Cms.Web.Content;
using Cms.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Web.Data;

/// <summary>Applies migrations and, on a database with no story, imports the content tree.</summary>
internal sealed partial class DatabaseInitializer(
    CmsDbContext db,
    CmsPaths paths,
    IOptions<CmsOptions> options,
    IServiceProvider services,
    ILogger<DatabaseInitializer> logger)
{
    private static readonly TimeSpan MigrationPatience = TimeSpan.FromMinutes(2);

    public async Task InitializeAsync(bool seed, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(paths.DataDirectory);
        await using (await MigrationGate.AcquireAsync(paths.DatabaseFile + ".migrating", MigrationPatience, () => LogWaitingForMigration(paths.DatabaseFile), cancellationToken))
        {
            await MigrateAsync(cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        if (!seed || !options.Value.ImportContentOnEmptyDatabase || await db.Stories.AnyAsync(cancellationToken))
        {
            return;
        }

        if (!Directory.Exists(paths.ContentDirectory))
        {
            LogNoContent(paths.ContentDirectory);
            return;
        }

        var importer = services.GetRequiredService<ContentImporter>();
        var result = await importer.ImportAsync(paths.ContentDirectory, cancellationToken);
        LogSeeded(paths.ContentDirectory, result.ToString());
    }

    /// <summary>
    /// Under the gate, a row in EF's lock table belongs to a process that died mid-start (EF would wait for it forever):
    /// it is removed. Migrate runs, and takes EF's lock, only when a migration is pending.
    /// </summary>
    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var lockTables = await db.Database
            .SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(cancellationToken);
        if (lockTables > 0 && await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken) > 0)
        {
            LogStaleMigrationLock(paths.DatabaseFile);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(pending.Count, paths.DatabaseFile);
            await db.Database.MigrateAsync(cancellationToken);
            if (pending.Contains(Migrations.Terms.Id, StringComparer.Ordinal))
            {
                await services.GetRequiredService<Terms.TermUpgrade>().RunAsync(cancellationToken);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Another process is migrating {Database}; waiting for it")]
    private partial void LogWaitingForMigration(string database);

    [LoggerMessage(LogLevel.Warning, "Removed a migration lock left in {Database} by a process that stopped during start-up")]
    private partial void LogStaleMigrationLock(string database);

    [LoggerMessage(LogLevel.Information, "Applying {Count} migration(s) to {Database}")]
    private partial void LogMigrating(int count, string database);

    [LoggerMessage(LogLevel.Warning, "Content directory {Directory} not found; starting with an empty site")]
    private partial void LogNoContent(string directory);

    [LoggerMessage(LogLevel.Information, "Imported {Directory}: {Result}")]
    private partial void LogSeeded(string directory, string result);
}
