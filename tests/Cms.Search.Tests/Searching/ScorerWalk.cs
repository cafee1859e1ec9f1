using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Cms.Search.Tests.Searching;

/// <summary>What a query's scorer gives, segment by segment: the tests that compare our scorers with Lucene's walk both
/// the same way.</summary>
internal static class ScorerWalk
{
    /// <summary>Every (segment, document, frequency, score) the query's scorer stops at, moving by
    /// <paramref name="step"/>(i) documents from the last one (1: the next match; more: an advance past what lies
    /// between). The query is made for the searcher it runs on.</summary>
    public static List<(int Segment, int Doc, int Freq, float Score)> Walk(TestIndex index, Func<IndexSearcher, LuceneQuery> query, Func<int, int> step) =>
        index.Host.Search(searcher =>
        {
            var weight = searcher.CreateNormalizedWeight(query(searcher));
            var seen = new List<(int, int, int, float)>();
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                if (scorer is null)
                {
                    continue;
                }

                var doc = scorer.NextDoc();
                for (var i = 0; doc != DocIdSetIterator.NO_MORE_DOCS; i++)
                {
                    seen.Add((leaf.Ord, doc, scorer.Freq, scorer.GetScore()));
                    var by = step(i);
                    doc = by == 1 ? scorer.NextDoc() : scorer.Advance(doc + by);
                }
            }

            return seen;
        })!;
}
