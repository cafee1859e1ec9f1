using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Cms.Search.Searching.Phrase;

/// <summary>
/// The documents where the phrase's terms stand at consecutive positions, and how often. The rarest term leads the
/// others through the documents; where all are present, each term's positions, shifted back by its place in the
/// phrase, are merged with the starts that survived the terms before: what is left are the phrase's occurrences.
/// </summary>
internal sealed class ExactPhraseScorer : Scorer
{
    private readonly (DocsAndPositionsEnum Postings, int Position)[] terms;
    private readonly Similarity.SimScorer docScorer;
    private readonly DocsAndPositionsEnum lead;
    private int[] starts = new int[16];
    private int[] next = new int[16];
    private int doc = -1;
    private int freq;

    /// <param name="terms">Each term's postings and place in the phrase, rarest first.</param>
    public ExactPhraseScorer(Weight weight, (DocsAndPositionsEnum Postings, int Position)[] terms, Similarity.SimScorer docScorer)
        : base(weight)
    {
        this.terms = terms;
        this.docScorer = docScorer;
        lead = terms[0].Postings;
    }

    public override int DocID => doc;

    public override int Freq => freq;

    public override float GetScore() => docScorer.Score(doc, freq);

    public override int NextDoc() => Match(lead.NextDoc());

    public override int Advance(int target) => Match(lead.Advance(target));

    public override long GetCost() => lead.GetCost();

    /// <summary>The first document from <paramref name="candidate"/> (the lead's) that holds the phrase.</summary>
    private int Match(int candidate)
    {
        while (candidate != NO_MORE_DOCS)
        {
            var behind = -1;
            for (var i = 1; i < terms.Length; i++)
            {
                var postings = terms[i].Postings;
                var at = postings.DocID < candidate ? postings.Advance(candidate) : postings.DocID;
                if (at > candidate)
                {
                    behind = at;
                    break;
                }
            }

            if (behind >= 0)
            {
                candidate = behind == NO_MORE_DOCS ? NO_MORE_DOCS : lead.Advance(behind);
                continue;
            }

            freq = Occurrences();
            if (freq > 0)
            {
                return doc = candidate;
            }

            candidate = lead.NextDoc();
        }

        freq = 0;
        return doc = NO_MORE_DOCS;
    }

    /// <summary>The phrase's occurrences in the current document: the starts (position minus place in the phrase,
    /// never below 0) every term has.</summary>
    private int Occurrences()
    {
        var count = Starts(terms[0], ref starts);
        for (var i = 1; i < terms.Length && count > 0; i++)
        {
            var others = Starts(terms[i], ref next);
            var kept = 0;
            for (int a = 0, b = 0; a < count && b < others;)
            {
                if (starts[a] < next[b])
                {
                    a++;
                }
                else if (starts[a] > next[b])
                {
                    b++;
                }
                else
                {
                    starts[kept++] = starts[a];
                    a++;
                    b++;
                }
            }

            count = kept;
        }

        return count;
    }

    /// <summary>Reads the term's positions in the current document as starts, ascending, into <paramref name="into"/>.</summary>
    private static int Starts((DocsAndPositionsEnum Postings, int Position) term, ref int[] into)
    {
        var n = term.Postings.Freq;
        if (into.Length < n)
        {
            into = new int[Math.Max(n, into.Length * 2)];
        }

        var count = 0;
        for (var i = 0; i < n; i++)
        {
            var start = term.Postings.NextPosition() - term.Position;
            if (start >= 0)
            {
                into[count++] = start;
            }
        }

        return count;
    }
}
