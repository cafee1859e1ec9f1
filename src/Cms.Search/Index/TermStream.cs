using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Cms.Search.Index;

/// <summary>
/// Terms our chains have already produced, handed to Lucene as a token stream: the one place where our analysis
/// meets Lucene's. Each term follows the one before it (stop words are already gone, as in the query's phrases).
/// One stream serves document after document (<see cref="Use"/>): creating a token stream is costly.
/// </summary>
internal sealed class TermStream : TokenStream
{
    private readonly ICharTermAttribute term;
    private string[] terms = [];
    private int next;

    public TermStream() => term = AddAttribute<ICharTermAttribute>();

    /// <summary>The terms the next pass over the stream gives.</summary>
    public void Use(string[] documentTerms)
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

        ClearAttributes();
        term.SetEmpty().Append(terms[next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }
}
