using Cms.Search.Searching.Disjunction;
using Cms.Search.Searching.Phrase;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Cms.Search.Searching;

/// <summary>
/// Looks up a query's terms in every segment before Lucene does, with enumerators lent by a
/// <see cref="TermsEnumCache"/> (one per field and segment, each term of the field sought in turn), and hands each
/// <see cref="TermQuery"/> and <see cref="ExactPhraseQuery"/> what was found: the same statistics and states Lucene's own lookup gives, so the same
/// matches and scores, without a new enumerator per term and segment.
/// </summary>
internal static class TermBinding
{
    /// <summary>The query with its term and phrase queries bound to <paramref name="searcher"/>'s segments, and its
    /// prefixes as filters made once per segment; other queries as they are.</summary>
    public static LuceneQuery Bind(LuceneQuery query, IndexSearcher searcher, TermsEnumCache enums)
    {
        var terms = new HashSet<Term>();
        Collect(query, terms);
        var top = searcher.TopReaderContext;
        var contexts = terms.ToDictionary(t => t, _ => new TermContext(top));
        foreach (var field in terms.GroupBy(t => t.Field, StringComparer.Ordinal))
        {
            var sorted = field.OrderBy(t => t.Bytes).ToList(); // forward seeks reuse the enumerator's frames
            foreach (var leaf in top.Leaves)
            {
                var reader = leaf.AtomicReader;
                if (enums.Take(reader, field.Key) is not { } termsEnum)
                {
                    continue;
                }

                try
                {
                    foreach (var term in sorted)
                    {
                        if (termsEnum.SeekExact(term.Bytes))
                        {
                            contexts[term].Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
                        }
                    }
                }
                finally
                {
                    enums.Return(reader, field.Key, termsEnum);
                }
            }
        }

        return Replace(query, contexts, enums, top);
    }

    private static void Collect(LuceneQuery query, HashSet<Term> terms)
    {
        switch (query)
        {
            case TermQuery term:
                terms.Add(term.Term);
                break;
            case ExactPhraseQuery phrase:
                terms.UnionWith(phrase.Terms);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    Collect(clause.Query, terms);
                }

                break;
            case SumOfAnyQuery sum:
                foreach (var clause in sum.Clauses)
                {
                    Collect(clause, terms);
                }

                break;
            case ConstantScoreQuery { Query: { } inner }:
                Collect(inner, terms);
                break;
        }
    }

    private static LuceneQuery Replace(LuceneQuery query, Dictionary<Term, TermContext> contexts, TermsEnumCache enums, IndexReaderContext top)
    {
        switch (query)
        {
            case TermQuery term:
                return new TermQuery(term.Term, contexts[term.Term]) { Boost = term.Boost };
            case ExactPhraseQuery phrase:
                return phrase.Bound([.. phrase.Terms.Select(t => contexts[t])], enums);
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses)
                {
                    copy.Add(Replace(clause.Query, contexts, enums, top), clause.Occur);
                }

                return copy;
            case SumOfAnyQuery sum:
                return new SumOfAnyQuery([.. sum.Clauses.Select(c => Replace(c, contexts, enums, top))]) { Boost = sum.Boost };
            case ConstantScoreQuery { Query: { } inner } constant:
                return new ConstantScoreQuery(Replace(inner, contexts, enums, top)) { Boost = constant.Boost };
            case PrefixQuery prefix when prefix.MultiTermRewriteMethod == MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT:
                // What Lucene's rewrite makes of it either way (a filter, or a constant-score disjunction of the
                // terms): the same documents at the same constant score; its set made once per segment.
                return new ConstantScoreQuery(new OncePerSegmentFilter(new PrefixFilter(prefix.Prefix), top)) { Boost = prefix.Boost };
            default:
                return query;
        }
    }
}
