namespace Cms.Web.Data;

/// <summary>What differs between providers when a node starts: how nodes take turns migrating and seeding, and the
/// provider's own repairs and settings around a migration.</summary>
internal interface IDatabaseSetup
{
    /// <summary>Held while migrating and seeding, so that one process does both while the others wait.</summary>
    Task<IAsyncDisposable> LockAsync(Action waiting, CancellationToken cancellationToken);

    Task BeforeMigrateAsync(CmsDbContext db, CancellationToken cancellationToken);

    Task AfterMigrateAsync(CmsDbContext db, CancellationToken cancellationToken);
}
