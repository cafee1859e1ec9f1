using System.ComponentModel.DataAnnotations;

namespace Cms.Web.Infrastructure;

/// <summary>The <c>SearchIndex</c> configuration section: how this process's index follows the change log.</summary>
internal sealed class SearchIndexOptions
{
    public const string Section = "SearchIndex";

    /// <summary>How often the log is read when nothing in this process said it changed (imports from the command
    /// line, other processes).</summary>
    [Range(50, 60_000)]
    public int PollMilliseconds { get; set; } = 1000;

    /// <summary>The same while this node listens for other nodes' changes (PostgreSQL's LISTEN/NOTIFY), which wake the
    /// followers at once: the poll is then only the fallback for a lost notification.</summary>
    [Range(50, 600_000)]
    public int PollWhileListeningMilliseconds { get; set; } = 5000;

    /// <summary>How often a changed index is committed to disk; what is not committed is replayed from the log after a crash.</summary>
    [Range(100, 60_000)]
    public int CommitMilliseconds { get; set; } = 1000;

    /// <summary>How long a request that changed content waits for the index to show it before answering anyway.</summary>
    [Range(0, 60_000)]
    public int PublishWaitMilliseconds { get; set; } = 3000;

    /// <summary>How long the site waits on start for the index to catch up (or be built) before serving anyway.</summary>
    [Range(0, 3600)]
    public int StartupWaitSeconds { get; set; } = 30;

    /// <summary>How long a gap in the log's sequence is awaited (a transaction that took a number and has not
    /// committed yet, possible on PostgreSQL) before it is taken for a rolled-back one.</summary>
    [Range(1, 3600)]
    public int GapPatienceSeconds { get; set; } = 60;

    /// <summary>Stories indexed per step of a rebuild, between which new changes are applied to the old index.</summary>
    [Range(10, 100_000)]
    public int RebuildBatchStories { get; set; } = 500;
}
