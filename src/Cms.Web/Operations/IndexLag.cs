using System.Diagnostics;
using Cms.Web.Data;
using Cms.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Operations;

/// <summary>
/// How far this process's search index is behind the change log: the log's highest sequence minus the highest the
/// index has applied. The log's end is read from the database at most once per <see cref="MaxAge"/>, however many
/// probes and scrapes ask.
/// </summary>
internal sealed class IndexLag(IServiceScopeFactory scopes, SearchIndexer indexer) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private long head;
    private long readAt;
    private bool read;

    /// <summary>The lag; throws when the change log cannot be read.</summary>
    public async Task<long> MeasureAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!IsFresh)
            {
                await using var scope = scopes.CreateAsyncScope();
                Remember(await scope.ServiceProvider.GetRequiredService<CmsDbContext>().ChangeLog
                    .MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0);
            }

            return Behind(head);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The lag for a metrics collection (a synchronous callback); null when the change log cannot be read.</summary>
    public long? Measure()
    {
        gate.Wait();
        try
        {
            if (!IsFresh)
            {
                using var scope = scopes.CreateScope();
                Remember(scope.ServiceProvider.GetRequiredService<CmsDbContext>().ChangeLog.Max(e => (long?)e.Sequence) ?? 0);
            }

            return Behind(head);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null; // the readiness check says why
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private bool IsFresh => read && Stopwatch.GetElapsedTime(readAt) < MaxAge;

    private void Remember(long sequence)
    {
        head = sequence;
        readAt = Stopwatch.GetTimestamp();
        read = true;
    }

    private long Behind(long logEnd) => Math.Max(0, logEnd - Math.Max(0, indexer.Searchable));
}
