using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Cms.Search.Index;

/// <summary>
/// Terms our chains have already produced, handed to Lucene as a token stream: the one place where our analysis
/// meets Lucene's. Each term follows the one before it (stop words are already gone, as in the query's phrases).
/// </summary>
internal sealed class TermStream : TokenStream
{
    private readonly string[] terms;
    private readonly ICharTermAttribute term;
    private int next;

    public TermStream(string[] terms)
    {
        this.terms = terms;
        term = AddAttribute<ICharTermAttribute>();
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
