using Cms.Web.Content;
using Cms.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Web.Data;

/// <summary>Applies migrations and, when a site starts, imports the content tree into a database with no story and
/// makes the first data-protection key of an empty key ring: one process at a time (<see cref="IDatabaseSetup.LockAsync"/>),
/// so that several nodes starting together migrate, seed and make a key once.</summary>
internal sealed partial class DatabaseInitializer(
    CmsDbContext db,
    IDatabaseSetup setup,
    CmsPaths paths,
    IOptions<CmsOptions> options,
    IServiceProvider services,
    ILogger<DatabaseInitializer> logger)
{
    /// <param name="site">A site starting (seed, key ring); false for a CLI verb, which needs neither.</param>
    public async Task InitializeAsync(bool site, CancellationToken cancellationToken = default)
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
            if (site)
            {
                await SeedAsync(cancellationToken);

                // Reading the key ring makes a key when it holds none. Done here, under the lock, nodes starting
                // together on a new database make one key between them instead of one each: a node that had loaded
                // only its own would refuse the others' cookies until its next refresh of the ring.
                services.GetRequiredService<IDataProtectionProvider>().CreateProtector(nameof(DatabaseInitializer)).Protect([]);
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
