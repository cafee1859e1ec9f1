using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Cms.Search.Searching.Phrase;

/// <summary>Statistics as Lucene's phrase weight computes them (the similarity weighs the phrase by all its terms);
/// a scorer per segment over the terms' positions, the rarest term leading.</summary>
internal sealed class ExactPhraseWeight : Weight
{
    private readonly ExactPhraseQuery query;
    private readonly Similarity similarity;
    private readonly Similarity.SimWeight stats;
    private readonly TermContext[] states;

    public ExactPhraseWeight(ExactPhraseQuery query, IndexSearcher searcher)
    {
        this.query = query;
        similarity = searcher.Similarity;
        var top = searcher.TopReaderContext;
        states = query.States is { } bound && bound.All(s => s.TopReaderContext == top)
            ? bound
            : [.. query.Terms.Select(t => TermContext.Build(top, t))];
        var termStats = query.Terms.Select((t, i) => searcher.TermStatistics(t, states[i])).ToArray();
        stats = similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Field), termStats);
    }

    public override Lucene.Net.Search.Query Query => query;

    public override float GetValueForNormalization() => stats.GetValueForNormalization();

    public override void Normalize(float queryNorm, float topLevelBoost) => stats.Normalize(queryNorm, topLevelBoost);

    public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        var borrowed = query.Enums?.Take(reader, query.Field);
        var termsEnum = borrowed ?? reader.GetTerms(query.Field)?.GetEnumerator();
        if (termsEnum is null)
        {
            return null;
        }

        try
        {
            var postings = new (DocsAndPositionsEnum Postings, int Position, int DocFreq)[query.Terms.Count];
            for (var i = 0; i < postings.Length; i++)
            {
                if (states[i].Get(context.Ord) is not { } state)
                {
                    return null; // a term the segment does not have: no phrase here
                }

                termsEnum.SeekExact(query.Terms[i].Bytes, state);
                var positions = termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                    ?? throw new InvalidOperationException($"Field '{query.Field}' was indexed without positions; a phrase cannot be matched in it.");
                postings[i] = (positions, i, termsEnum.DocFreq);
            }

            Array.Sort(postings, (a, b) => a.DocFreq != b.DocFreq ? a.DocFreq.CompareTo(b.DocFreq) : a.Position.CompareTo(b.Position));
            return new ExactPhraseScorer(this, [.. postings.Select(p => (p.Postings, p.Position))], similarity.GetSimScorer(stats, context));
        }
        finally
        {
            if (borrowed is not null)
            {
                query.Enums!.Return(reader, query.Field, borrowed);
            }
        }
    }

    public override Explanation Explain(AtomicReaderContext context, int doc)
    {
        if (GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
        {
            var freq = scorer.Freq;
            var score = similarity.GetSimScorer(stats, context).Explain(doc, new Explanation(freq, "phraseFreq=" + freq));
            var result = new ComplexExplanation(true, score.Value, "weight(" + query + " in " + doc + ") [" + similarity.GetType().Name + "], result of:");
            result.AddDetail(score);
            return result;
        }

        return new ComplexExplanation(false, 0f, "no matching phrase");
    }
}
