using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Cms.Search.Searching;

/// <summary>Collects the global ids of all matching documents, unscored.</summary>
internal sealed class DocIdCollector(List<int> docs) : ICollector
{
    private int docBase;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

    public void Collect(int doc) => docs.Add(docBase + doc);
}
