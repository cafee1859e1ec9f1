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

    /// <summary>Fills the index on two threads, keeping their memos of analysed words from batch to batch.</summary>
    public BulkIndexer Loader { get; } = new(index, threads: 2);
}
