using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Cms.Search.Searching.Disjunction;

/// <summary>
/// Matches what any of its clauses matches and scores it by the sum of their scores: a <see cref="BooleanQuery"/> of
/// SHOULD clauses without coordination, scored window by window instead of through a heap (see
/// <see cref="WindowedSumScorer"/>). Only for a search's whole query: a conjunction that leaps through it would make
/// it score windows it then skips.
/// </summary>
internal sealed class SumOfAnyQuery : LuceneQuery
{
    public SumOfAnyQuery(IReadOnlyList<LuceneQuery> clauses)
    {
        Clauses = clauses;
    }

    public IReadOnlyList<LuceneQuery> Clauses { get; }

    /// <summary>The query with its top-level disjunction (a pure SHOULD <see cref="BooleanQuery"/> without coordination)
    /// scored by windows; any other query as it is. Nested disjunctions stay Lucene's: each rounds its sum to a float
    /// before the outer one adds it, and flattening them would move the last bit of some scores.</summary>
    public static LuceneQuery ForWholeQuery(LuceneQuery query) =>
        query is BooleanQuery { CoordDisabled: true, MinimumNumberShouldMatch: 0 } any
        && any.Clauses.Count > 1
        && any.Clauses.All(c => c.Occur == Occur.SHOULD)
            ? new SumOfAnyQuery([.. any.Clauses.Select(c => c.Query)]) { Boost = query.Boost }
            : query;

    public override Weight CreateWeight(IndexSearcher searcher) => new SumOfAnyWeight(this, searcher);

    public override LuceneQuery Rewrite(IndexReader reader)
    {
        var rewritten = Clauses.Select(c => c.Rewrite(reader)).ToList();
        return rewritten.Where((c, i) => !ReferenceEquals(c, Clauses[i])).Any()
            ? new SumOfAnyQuery(rewritten) { Boost = Boost }
            : this;
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var clause in Clauses)
        {
            clause.ExtractTerms(terms);
        }
    }

    public override string ToString(string field) =>
        "(" + string.Join(" ", Clauses.Select(c => c.ToString(field))) + ")" + (Boost == 1f ? "" : "^" + Boost.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override bool Equals(object? obj) =>
        obj is SumOfAnyQuery other && other.Boost == Boost && other.Clauses.SequenceEqual(Clauses);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Boost);
        foreach (var clause in Clauses)
        {
            hash.Add(clause);
        }

        return hash.ToHashCode();
    }
}
