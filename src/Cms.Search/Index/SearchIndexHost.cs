namespace Cms.Search.Index;

/// <summary>
/// The index searches use in this process, swapped atomically when a rebuild finishes (searches already running
/// finish on the old one), and whether its results may be incomplete (while a first or catch-up build runs).
/// </summary>
public sealed class SearchIndexHost : IDisposable
{
    private ISearchableIndex? current;
    private volatile bool mayBeIncomplete = true;

    public ISearchableIndex? Current => Volatile.Read(ref current);

    /// <summary>Per-segment arrays of what searches read for every match, shared by all searches of this process.</summary>
    internal Searching.SegmentFactsCache Facts { get; } = new();

    /// <summary>Per-segment term enumerators, lent to one search at a time.</summary>
    internal Searching.TermsEnumCache TermsEnums { get; } = new();

    /// <summary>True while no index holds everything the log says is live (none yet, or one too far behind).</summary>
    public bool MayBeIncomplete
    {
        get => mayBeIncomplete;
        set => mayBeIncomplete = value;
    }

    /// <summary>Makes <paramref name="next"/> the index searches use and disposes the one it replaces; searches
    /// holding a searcher of the old one finish on it (its readers close when released).</summary>
    public void Replace(ISearchableIndex? next) => Interlocked.Exchange(ref current, next)?.Dispose();

    /// <summary>Runs <paramref name="search"/> with a searcher of the current index, or returns null when there is none.</summary>
    public T? Search<T>(Func<Lucene.Net.Search.IndexSearcher, T> search)
        where T : class
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var index = Current;
            if (index is null)
            {
                return null;
            }

            Lucene.Net.Search.IndexSearcher searcher;
            try
            {
                searcher = index.AcquireSearcher();
            }
            catch (ObjectDisposedException)
            {
                continue; // replaced and closed between reading it and acquiring: take the new one
            }

            try
            {
                return search(searcher);
            }
            finally
            {
                index.ReleaseSearcher(searcher);
            }
        }

        return null;
    }

    public void Dispose() => Replace(null);
}
