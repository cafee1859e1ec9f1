using Cms.Web.Content;
using Cms.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Web.Data;

/// <summary>Applies migrations and, on a database with no story, imports the content tree: one process at a time
/// (<see cref="IDatabaseSetup.LockAsync"/>), so that several nodes starting together migrate and seed once.</summary>
internal sealed partial class DatabaseInitializer(
    CmsDbContext db,
    IDatabaseSetup setup,
    CmsPaths paths,
    IOptions<CmsOptions> options,
    IServiceProvider services,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seed, CancellationToken cancellationToken = default)
    {
        await using (await setup.LockAsync(LogWaitingForMigration, cancellationToken))
        {
            await setup.BeforeMigrateAsync(db, cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                LogMigrating(pending.Count);
                await db.Database.MigrateAsync(cancellationToken);
            }

            await setup.AfterMigrateAsync(db, cancellationToken);
            if (seed)
            {
                await SeedAsync(cancellationToken);
            }
        }
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ImportContentOnEmptyDatabase || await db.Stories.AnyAsync(cancellationToken))
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

    [LoggerMessage(LogLevel.Warning, "Another process is migrating the database; waiting for it")]
    private partial void LogWaitingForMigration();

    [LoggerMessage(LogLevel.Information, "Applying {Count} migration(s)")]
    private partial void LogMigrating(int count);

    [LoggerMessage(LogLevel.Warning, "Content directory {Directory} not found; starting with an empty site")]
    private partial void LogNoContent(string directory);

    [LoggerMessage(LogLevel.Information, "Imported {Directory}: {Result}")]
    private partial void LogSeeded(string directory, string result);
}
