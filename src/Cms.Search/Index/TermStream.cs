using Cms.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Cms.Search.Index;

/// <summary>
/// Terms our chains have already produced, handed to Lucene as a token stream: the one place where our analysis
/// meets Lucene's. Each term follows the one before it (stop words are already gone, as in the query's phrases), so
/// the position increment and offsets are cleared to their defaults once per pass and only the term changes from
/// token to token.
/// One stream serves document after document (<see cref="Use"/>): creating a token stream is costly.
/// </summary>
internal sealed class TermStream : TokenStream
{
    private readonly PreparedTermAttribute term;
    private MemoTerm[] terms = [];
    private int next;

    public TermStream()
        : base(PreparedTermFactory.Instance) =>
        term = (PreparedTermAttribute)AddAttribute<ITermToBytesRefAttribute>();

    /// <summary>The terms the next pass over the stream gives.</summary>
    public void Use(MemoTerm[] documentTerms)
    {
        terms = documentTerms;
        next = 0;
    }

    public override bool IncrementToken()
    {
        if (next >= terms.Length)
        {
            return false;
        }

        term.Use(terms[next++].Utf8);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        ClearAttributes(); // End() left the position increment at 0
        next = 0;
    }
}
