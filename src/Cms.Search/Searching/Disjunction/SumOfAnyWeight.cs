using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Cms.Search.Searching.Disjunction;

/// <summary>The weight of a <see cref="SumOfAnyQuery"/>: normalised as a <see cref="BooleanQuery"/> of SHOULD clauses is.</summary>
internal sealed class SumOfAnyWeight : Weight
{
    private readonly SumOfAnyQuery query;
    private readonly Weight[] weights;

    public SumOfAnyWeight(SumOfAnyQuery query, IndexSearcher searcher)
    {
        this.query = query;
        weights = [.. query.Clauses.Select(c => c.CreateWeight(searcher))];
    }

    public override Lucene.Net.Search.Query Query => query;

    public override float GetValueForNormalization() =>
        weights.Sum(w => w.GetValueForNormalization()) * query.Boost * query.Boost;

    public override void Normalize(float norm, float topLevelBoost)
    {
        foreach (var weight in weights)
        {
            weight.Normalize(norm, topLevelBoost * query.Boost);
        }
    }

    public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
    {
        var scorers = weights.Select(w => w.GetScorer(context, acceptDocs)).OfType<Scorer>().ToArray();
        return scorers.Length switch
        {
            0 => null,
            1 => scorers[0],
            _ => new WindowedSumScorer(this, scorers),
        };
    }

    public override Explanation Explain(AtomicReaderContext context, int doc)
    {
        var sum = new ComplexExplanation { Description = "sum of:" };
        var total = 0f;
        foreach (var weight in weights)
        {
            var part = weight.Explain(context, doc);
            if (part.IsMatch)
            {
                sum.AddDetail(part);
                total += part.Value;
            }
        }

        sum.Value = total;
        sum.Match = total > 0f || sum.GetDetails()?.Length > 0;
        return sum;
    }
}
