using System.Collections.Concurrent;
using Cms.Search.Analysis;
using Cms.Search.Index;

namespace Cms.Web.Search;

/// <summary>A rebuild in progress: a new generation filled story by story while the old index keeps answering, and
/// the log position it started from (changes after it are replayed onto the new index before the swap).</summary>
internal sealed class IndexRebuild(SearchIndex index, long startSequence, string reason)
{
    public SearchIndex Index { get; } = index;

    public long StartSequence { get; } = startSequence;

    public string Reason { get; } = reason;

    public int LastStoryId { get; set; }

    public int Stories { get; set; }

    public bool IsFilled { get; set; }

    /// <summary>The indexing threads' memos of analysed words, kept from batch to batch.</summary>
    public ConcurrentBag<AnalysisMemo> Memos { get; } = [];
}
