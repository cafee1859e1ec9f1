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
    /// <summary>The query with its term and phrase queries bound to <paramref name="searcher"/>'s segments; other
    /// queries (prefixes) as they are.</summary>
    public static LuceneQuery Bind(LuceneQuery query, IndexSearcher searcher, TermsEnumCache enums)
    {
        var terms = new HashSet<Term>();
        Collect(query, terms);
        if (terms.Count == 0)
        {
            return query;
        }

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

        return Replace(query, contexts, enums);
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

    private static LuceneQuery Replace(LuceneQuery query, Dictionary<Term, TermContext> contexts, TermsEnumCache enums)
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
                    copy.Add(Replace(clause.Query, contexts, enums), clause.Occur);
                }

                return copy;
            case SumOfAnyQuery sum:
                return new SumOfAnyQuery([.. sum.Clauses.Select(c => Replace(c, contexts, enums))]) { Boost = sum.Boost };
            case ConstantScoreQuery { Query: { } inner } constant:
                return new ConstantScoreQuery(Replace(inner, contexts, enums)) { Boost = constant.Boost };
            default:
                return query;
        }
    }
}
