using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Cms.Bench.Profiling;

/// <summary>Scores every match in document order and keeps nothing: what ranking alone costs, without facets or collapsing.</summary>
internal sealed class ScoreOnlyCollector : ICollector
{
    private Scorer? scorer;

    public float Sum { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
    }

    public void Collect(int doc) => Sum += scorer!.GetScore();
}
