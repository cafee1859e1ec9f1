using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Cms.Search.Searching;

/// <summary>
/// A filter whose set of documents in each segment is made once per search and shared by every slice of the segment:
/// a prefix's set is the union of all its terms' postings, and a segment cut into slices for the collector would
/// otherwise make it again for each slice. The set is made without deletions; each use applies its own accepted docs.
/// </summary>
internal sealed class OncePerSegmentFilter : Filter
{
    private readonly Filter inner;
    private readonly Lazy<DocIdSet?>[] sets;
    private readonly IndexReaderContext top;

    public OncePerSegmentFilter(Filter inner, IndexReaderContext top)
    {
        this.inner = inner;
        this.top = top;
        sets = [.. top.Leaves.Select(leaf => new Lazy<DocIdSet?>(() => inner.GetDocIdSet(leaf, null)))];
    }

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        if (context.Ord >= sets.Length || !ReferenceEquals(top.Leaves[context.Ord], context))
        {
            return inner.GetDocIdSet(context, acceptDocs); // a segment of another searcher: as Lucene would
        }

        return BitsFilteredDocIdSet.Wrap(sets[context.Ord].Value, acceptDocs);
    }

    public override string ToString() => inner.ToString()!;
}
