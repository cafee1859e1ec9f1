using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Terms;

/// <summary>
/// The process's snapshot of every term. A save through <see cref="TermService"/> replaces it at once; a change made
/// by another process (the command line's import, another node) is noticed within <see cref="CheckEvery"/>, by
/// comparing the number of terms and their latest change (at once when another node announces a change, <see cref="Recheck"/>).
/// </summary>
internal sealed class TermCatalogCache(TimeProvider time)
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim loading = new(1, 1);
    private Snapshot? current;

    public async Task<TermCatalog> GetAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref current);
        var now = time.GetUtcNow();
        if (snapshot is not null && now - snapshot.CheckedAt < CheckEvery)
        {
            return snapshot.Catalog;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            snapshot = Volatile.Read(ref current);
            if (snapshot is not null && now - snapshot.CheckedAt < CheckEvery)
            {
                return snapshot.Catalog;
            }

            var stamp = await StampAsync(db, cancellationToken);
            if (snapshot is not null && snapshot.Stamp == stamp)
            {
                Volatile.Write(ref current, snapshot with { CheckedAt = now });
                return snapshot.Catalog;
            }

            var terms = await db.Terms.AsNoTracking().Include(t => t.Labels).ToListAsync(cancellationToken);
            var catalog = new TermCatalog(terms.Select(TermEntry.From));
            Volatile.Write(ref current, new Snapshot(catalog, stamp, now));
            return catalog;
        }
        finally
        {
            loading.Release();
        }
    }

    /// <summary>Another node announced a change: the next read compares the stamp rather than waiting out <see cref="CheckEvery"/>.</summary>
    public void Recheck()
    {
        if (Volatile.Read(ref current) is { } snapshot)
        {
            Interlocked.CompareExchange(ref current, snapshot with { CheckedAt = DateTimeOffset.MinValue }, snapshot);
        }
    }

    /// <summary>Drops the snapshot after this process changed terms: the next read loads them.</summary>
    public void Invalidate() => Volatile.Write(ref current, null);

    private static async Task<(int Count, DateTime? Latest, int Versions)> StampAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var stamp = await db.Terms.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Latest = g.Max(t => (DateTime?)t.UpdatedUtc), Versions = g.Sum(t => t.Version) })
            .SingleOrDefaultAsync(cancellationToken); // one group, or none without terms
        return stamp is null ? (0, null, 0) : (stamp.Count, stamp.Latest, stamp.Versions);
    }

    private sealed record Snapshot(TermCatalog Catalog, (int Count, DateTime? Latest, int Versions) Stamp, DateTimeOffset CheckedAt);
}
