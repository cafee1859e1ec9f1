using Cms.Search.Analysis;
using Cms.Search.Analysis.Common;
using Cms.Search.Analysis.Loose;
using Cms.Search.Index;
using Cms.Search.Query;
using Cms.Search.Transliteration;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Cms.Search.Searching;

/// <summary>
/// Turns a parsed query into a Lucene query. Each word is analysed by every chain it could belong to
/// (Cyrillic: Russian and Kyrgyz; Georgian script: Georgian; Latin: as typed) and matches any of those terms
/// in the exact fields, or, for Latin input and words with о у н ө ү ң, its loose keys (transliteration, Kyrgyz
/// on a Russian keyboard) in the loose field, which weighs far lower. Only analysed terms reach Lucene, as terms:
/// user input is never Lucene syntax.
/// </summary>
internal sealed class QueryCompiler(Analyzers analyzers)
{
    /// <summary>Words compiled per query, counting each word of a phrase and of a split word ("a/b/c").</summary>
    public const int MaxWords = QueryParser.MaxTerms;

    /// <summary>Prefix words per query: each one walks the posting lists of every term it begins.</summary>
    public const int MaxPrefixes = 4;

    /// <summary>Letters before "*": "a*" or "ab*" would walk a large part of the whole term dictionary.</summary>
    public const int MinPrefixLength = 3;

    private static readonly string[] FilterFields = ["lang", "kind", "place", "tag"];
    private static readonly string[] CyrillicLanguages = ["ru", "ky"];
    private static readonly System.Buffers.SearchValues<char> KyrgyzTypingVowels = System.Buffers.SearchValues.Create("оуөүнң");

    public CompiledQuery Compile(QueryNode root, bool orInsteadOfAnd = false)
    {
        var context = new Context(orInsteadOfAnd);
        var match = Visit(root, context);
        var canFallBack = !orInsteadOfAnd && root is AndNode top && top.Children.Count(c => c is TermNode { Field: null or "title" } or PhraseNode) >= 2;
        return new CompiledQuery(
            match, context.Filters, context.Terms, context.LooseKeys, context.Phrases, canFallBack, context.Budget.Words, context.Budget.Prefixes,
            context.Budget.Warnings.AsReadOnly());
    }

    private LuceneQuery? Visit(QueryNode node, Context context) => node switch
    {
        TermNode { Field: { } field } term when FilterFields.Contains(field, StringComparer.Ordinal) => Filter(field, term.Text, context),
        PhraseNode { Field: { } field } phrase when FilterFields.Contains(field, StringComparer.Ordinal) => Filter(field, phrase.Text, context),
        TermNode term => Term(term, context),
        PhraseNode phrase => Phrase(phrase, context),
        AndNode all when context.OrInsteadOfAnd => Or(all.Children, context),
        AndNode all => And(all.Children, context),
        OrNode any => Or(any.Children, context),
        NotNode => null, // a query of only negations finds nothing; inside AND it is handled there
        _ => null,
    };

    private LuceneQuery? Filter(string field, string value, Context context)
    {
        context.Filters[field] = value;
        return null;
    }

    private LuceneQuery? And(IReadOnlyList<QueryNode> children, Context context)
    {
        var positive = new List<LuceneQuery>();
        var negative = new List<LuceneQuery>();
        foreach (var child in children)
        {
            if (child is NotNode not)
            {
                if (Visit(not.Child, context.Negated()) is { } excluded)
                {
                    negative.Add(excluded);
                }
            }
            else if (Visit(child, context) is { } included)
            {
                positive.Add(included);
            }
        }

        if (positive.Count == 0)
        {
            return null;
        }

        if (positive.Count == 1 && negative.Count == 0)
        {
            return positive[0];
        }

        var all = new BooleanQuery();
        positive.ForEach(q => all.Add(q, Occur.MUST));
        negative.ForEach(q => all.Add(q, Occur.MUST_NOT));
        return all;
    }

    private LuceneQuery? Or(IReadOnlyList<QueryNode> children, Context context)
    {
        var parts = children.Where(c => c is not NotNode).Select(c => Visit(c, context)).OfType<LuceneQuery>().ToList();
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => Any(parts),
        };
    }

    private LuceneQuery? Term(TermNode term, Context context)
    {
        // "foo:bar" or "a/b" arrive as one word: search each of its words.
        var words = analyzers.Neutral.Analyze(term.Text)
            .GroupBy(t => t.Position).Select(g => term.Text[g.First().Start..g.First().End]).ToList();
        return words.Count switch
        {
            0 => null,
            1 => Word(words[0], term.Field, term.IsPrefix, context),
            _ => And([.. words.Select((w, i) => new TermNode(w, term.Field, term.IsPrefix && i == words.Count - 1))], context),
        };
    }

    private LuceneQuery? Word(string text, string? field, bool isPrefix, Context context)
    {
        var fields = Fields(field);
        var surface = TermNormalizer.Normalize(text);
        if (!context.Budget.TryTakeWord(isPrefix, surface))
        {
            return null;
        }

        var exact = new HashSet<string>(StringComparer.Ordinal);
        var loose = new HashSet<string>(StringComparer.Ordinal);
        var candidates = LanguageIdentifier.Candidates(text);
        if (candidates.Count == 0)
        {
            // Latin input meets the keys of the documents' stems: its own skeleton, the skeleton without the vowels
            // a stemmer takes off a nominative (Tbilisi → tbilis ← თბილისი), and the keys of the Russian and Kyrgyz
            // stems of the word written back in Cyrillic (pilotnykh → пилотных → пилотн).
            exact.Add(surface);
            var key = LooseKey.Skeleton(surface);
            loose.Add(key);
            loose.Add(LooseKey.WithoutFinalVowels(key));
            if (surface.AsSpan().ContainsAnyInRange('a', 'z'))
            {
                var cyrillic = Cyrillizer.ToCyrillic(surface);
                foreach (var language in CyrillicLanguages)
                {
                    if (analyzers.For(language).Analyze(cyrillic) is [var token, ..])
                    {
                        loose.Add(LooseKey.For(token.Term));
                    }
                }
            }
        }
        else
        {
            foreach (var language in candidates)
            {
                var tokens = analyzers.For(language).Analyze(text);
                if (tokens.Count > 0)
                {
                    exact.Add(tokens[0].Term);
                    loose.Add(LooseKey.For(tokens[0].Term));
                }
            }

            if (exact.Count > 0)
            {
                loose.Add(LooseKey.For(surface));
                if (isPrefix)
                {
                    exact.Add(surface);
                }
            }
        }

        exact.Remove("");
        loose.Remove("");
        if (candidates.Count > 0 && (isPrefix || surface.AsSpan().IndexOfAny(KyrgyzTypingVowels) < 0))
        {
            // Loose keys serve Latin input and Kyrgyz typed without (or with) ө ү ң; a Cyrillic or Georgian word
            // with none of those letters, or a prefix, meets its matches exactly, and the keys would only double
            // the posting lists to walk.
            loose.Clear();
        }
        if (exact.Count == 0)
        {
            return null; // a stop word or a word with no letters or digits
        }

        if (!context.IsNegated)
        {
            context.Terms.UnionWith(exact);
            context.LooseKeys.UnionWith(loose);
        }

        var clauses = new List<LuceneQuery>();
        foreach (var term in exact)
        {
            foreach (var (name, weight) in fields)
            {
                clauses.Add(Boosted(isPrefix ? Prefix(name, term) : new TermQuery(new Term(name, term)), weight));
            }
        }

        if (!isPrefix)
        {
            foreach (var parts in HyphenatedParts(text, candidates, context))
            {
                clauses.AddRange(fields.Select(f => Boosted(PhraseOf(f.Field, parts), f.Weight)));
            }
        }

        if (field != "title")
        {
            foreach (var key in loose)
            {
                clauses.Add(Boosted(isPrefix ? Prefix(SearchFields.Loose, key) : new TermQuery(new Term(SearchFields.Loose, key)), SearchFields.LooseWeight));
            }
        }

        return Any(clauses);
    }

    /// <summary>A hyphenated word is indexed whole and then part by part (MAMA-86-Odessa → mama-86-odessa mama 86
    /// odessa), so its leading parts typed with their hyphen (MAMA-86) meet it as a phrase of parts: "mama 86".</summary>
    private List<List<string>> HyphenatedParts(string text, IReadOnlyList<string> candidates, Context context)
    {
        var phrases = new List<List<string>>();
        if (text.AsSpan().IndexOfAny('-', '\u2010', '\u2011') < 0)
        {
            return phrases;
        }

        var analyzersToUse = candidates.Count == 0 ? [analyzers.Neutral] : candidates.Select(analyzers.For).ToList();
        foreach (var analyzer in analyzersToUse)
        {
            var parts = analyzer.Analyze(text).Where(t => !t.IsKeyword).Select(t => t.Term).ToList();
            if (parts.Count >= 2)
            {
                if (!phrases.Any(p => p.SequenceEqual(parts, StringComparer.Ordinal)))
                {
                    phrases.Add(parts);
                }

                if (!context.IsNegated)
                {
                    context.Terms.UnionWith(parts);
                }
            }
        }

        return phrases;
    }

    private LuceneQuery? Phrase(PhraseNode phrase, Context context)
    {
        var fields = Fields(phrase.Field);
        var candidates = LanguageIdentifier.Candidates(phrase.Text);
        var analyzersToUse = candidates.Count == 0 ? [analyzers.Neutral] : candidates.Select(analyzers.For).ToList();
        var alternatives = new List<List<string>>();
        var longest = 0;
        var cut = false;
        foreach (var analyzer in analyzersToUse)
        {
            var terms = analyzer.Analyze(phrase.Text).Select(t => t.Term).ToList();
            cut |= terms.Count > context.Budget.WordsLeft;
            terms = terms[..Math.Min(terms.Count, context.Budget.WordsLeft)];
            if (terms.Count == 0 || alternatives.Any(a => a.SequenceEqual(terms, StringComparer.Ordinal)))
            {
                continue;
            }

            longest = Math.Max(longest, terms.Count);
            alternatives.Add(terms);
            if (!context.IsNegated)
            {
                if (terms.Count == 1)
                {
                    context.Terms.Add(terms[0]);
                }
                else
                {
                    context.Phrases.Add([.. terms]);
                }
            }
        }

        context.Budget.TakePhrase(longest, cut);
        return alternatives.Count == 0
            ? null
            : Any([.. alternatives.SelectMany(terms => fields.Select(f => Boosted(PhraseOf(f.Field, terms), f.Weight)))]);
    }

    private static (string Field, float Weight)[] Fields(string? field) =>
        field == "title" ? [(SearchFields.Title, SearchFields.TitleWeight)] : SearchFields.Exact;

    private static LuceneQuery PhraseOf(string field, IReadOnlyList<string> terms)
    {
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0]));
        }

        return new Phrase.ExactPhraseQuery(field, terms);
    }

    /// <summary>Every term the prefix begins, scored by the field's weight alone; many terms become a filter rather than
    /// a clause each (Lucene's constant-score rewrite), so the cost is the postings read, never a clause explosion.</summary>
    private static PrefixQuery Prefix(string field, string prefix) => new(new Term(field, prefix));

    private static LuceneQuery Boosted(LuceneQuery query, float weight)
    {
        query.Boost = weight;
        return query;
    }

    private static LuceneQuery Any(IReadOnlyList<LuceneQuery> queries)
    {
        if (queries.Count == 1)
        {
            return queries[0];
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var query in queries)
        {
            any.Add(query, Occur.SHOULD);
        }

        return any;
    }

    private sealed class Context(bool orInsteadOfAnd, bool isNegated = false, Context? parent = null)
    {
        public bool OrInsteadOfAnd { get; } = orInsteadOfAnd;

        public QueryBudget Budget { get; } = parent?.Budget ?? new(MaxWords, MaxPrefixes, MinPrefixLength);

        public bool IsNegated { get; } = isNegated;

        public Dictionary<string, string> Filters { get; } = parent?.Filters ?? new(StringComparer.Ordinal);

        public HashSet<string> Terms { get; } = parent?.Terms ?? new(StringComparer.Ordinal);

        public HashSet<string> LooseKeys { get; } = parent?.LooseKeys ?? new(StringComparer.Ordinal);

        public List<string[]> Phrases { get; } = parent?.Phrases ?? [];

        public Context Negated() => new(OrInsteadOfAnd, isNegated: true, parent: this);
    }
}
