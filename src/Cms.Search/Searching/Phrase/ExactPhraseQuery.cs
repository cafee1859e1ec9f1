using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Cms.Search.Searching.Phrase;

/// <summary>
/// Terms next to each other in one field, in order: what Lucene's <see cref="PhraseQuery"/> matches without slop, with
/// the same statistics and scores. Its scorer counts a document's phrase occurrences by merging the terms' positions
/// instead of through two 4,096-slot tables per scorer (32 KB for every field and slice of every phrase search); a
/// query bound by <see cref="TermBinding"/> also takes its terms' states and enumerators from the search's cache.
/// </summary>
internal sealed class ExactPhraseQuery : LuceneQuery
{
    public ExactPhraseQuery(string field, IReadOnlyList<string> terms)
        : this([.. terms.Select(t => new Term(field, t))], null, null)
    {
        if (Terms.Count < 2)
        {
            throw new ArgumentException("A phrase has at least two terms.", nameof(terms));
        }
    }

    private ExactPhraseQuery(IReadOnlyList<Term> terms, TermContext[]? states, TermsEnumCache? enums)
    {
        Terms = terms;
        States = states;
        Enums = enums;
    }

    public string Field => Terms[0].Field;

    /// <summary>The terms, the first at position 0 and each next at the next position.</summary>
    public IReadOnlyList<Term> Terms { get; }

    /// <summary>The terms' states in the segments of one searcher, when bound to it.</summary>
    internal TermContext[]? States { get; }

    /// <summary>Where scorers borrow a terms enumerator, when bound.</summary>
    internal TermsEnumCache? Enums { get; }

    /// <summary>This phrase with its terms' states in one searcher's segments (in <see cref="Terms"/> order).</summary>
    internal ExactPhraseQuery Bound(TermContext[] states, TermsEnumCache enums) => new(Terms, states, enums) { Boost = Boost };

    public override Weight CreateWeight(IndexSearcher searcher) => new ExactPhraseWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var term in Terms)
        {
            terms.Add(term);
        }
    }

    public override string ToString(string field) =>
        (field == Field ? "" : Field + ":") + "\"" + string.Join(' ', Terms.Select(t => t.Text)) + "\"" + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) =>
        obj is ExactPhraseQuery other && other.Boost == Boost && other.Terms.SequenceEqual(Terms);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Boost);
        foreach (var term in Terms)
        {
            hash.Add(term);
        }

        return hash.ToHashCode();
    }
}
