namespace Cms.Web.Search;

/// <summary>
/// Where a reader of the change log stands, such that it never skips a row that commits late. Rows are numbered when
/// they are inserted but become visible when their transaction commits; on SQLite writes are serialised so the numbers
/// appear in order, but on PostgreSQL a later number can commit first. A number missing below one already seen is a
/// gap: it is read again until it appears or, after <c>patience</c>, is taken for a rolled-back transaction.
/// <see cref="Safe"/> is the highest number below which nothing is missing: where a restart resumes.
/// </summary>
internal sealed class LogCursor(long start, TimeSpan patience)
{
    private readonly SortedDictionary<long, DateTime> gaps = [];
    private readonly HashSet<long> seenAboveSafe = [];

    /// <summary>Every row up to here has been applied (or given up on as never committed).</summary>
    public long Safe { get; private set; } = start;

    /// <summary>The highest number applied.</summary>
    public long Highest { get; private set; } = start;

    /// <summary>Rows to read: those numbered above this (gaps included).</summary>
    public long ReadAfter => Safe;

    public bool HasGaps => gaps.Count > 0;

    /// <summary>Whether a row read is new (not applied before).</summary>
    public bool IsNew(long sequence) => sequence > Safe && !seenAboveSafe.Contains(sequence);

    /// <summary>Records the rows of one read (in sequence order) as applied, noting the numbers skipped as gaps.</summary>
    public void Applied(IEnumerable<long> sequences, DateTime nowUtc)
    {
        foreach (var sequence in sequences)
        {
            if (!IsNew(sequence))
            {
                continue;
            }

            for (var missing = Highest + 1; missing < sequence; missing++)
            {
                gaps.TryAdd(missing, nowUtc);
            }

            gaps.Remove(sequence);
            seenAboveSafe.Add(sequence);
            Highest = Math.Max(Highest, sequence);
        }

        foreach (var (gap, since) in gaps.ToList())
        {
            if (nowUtc - since >= patience)
            {
                gaps.Remove(gap); // never committed: a rolled-back transaction
            }
        }

        Safe = gaps.Count == 0 ? Highest : gaps.First().Key - 1;
        seenAboveSafe.RemoveWhere(s => s <= Safe);
    }
}
