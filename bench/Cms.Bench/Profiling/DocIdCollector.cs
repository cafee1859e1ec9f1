using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Cms.Bench.Profiling;

/// <summary>Collects the global ids of all matching documents, unscored (the engine's former way to find a hit's other translations, kept for comparison).</summary>
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
