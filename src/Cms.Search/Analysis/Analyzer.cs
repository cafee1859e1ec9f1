using Cms.Search.Analysis.Common;

namespace Cms.Search.Analysis;

/// <summary>An immutable analysis chain (tokenizer → filters) for one language. Built by <see cref="AnalyzerBuilder"/>.</summary>
public sealed class Analyzer
{
    private readonly ITokenizer tokenizer;
    private readonly ITokenFilter[] filters;

    internal Analyzer(string language, ITokenizer tokenizer, ITokenFilter[] filters, Func<string, string> stem, Func<string, bool> isStopWord)
    {
        IsStopWord = isStopWord;
        Language = language;
        this.tokenizer = tokenizer;
        this.filters = filters;
        Stem = stem;
        Version = language + ":" + string.Join('|', [tokenizer.Version, .. filters.Select(f => f.Version)]);
    }

    /// <summary>BCP 47 code of the language this chain analyses.</summary>
    public string Language { get; }

    /// <summary>Identifies the chain's behaviour; a change makes the index rebuild itself.</summary>
    public string Version { get; }

    /// <summary>The chain's stemmer alone, for terms that are already normalised.</summary>
    public Func<string, string> Stem { get; }

    /// <summary>Whether the chain drops this normalised term as a stop word.</summary>
    public Func<string, bool> IsStopWord { get; }

    public List<Token> Analyze(string text)
    {
        var current = new List<Token>(Math.Max(4, text.Length / 6));
        tokenizer.Tokenize(text, current);
        return Filter(current);
    }

    /// <summary>The terms of <paramref name="text"/>, in order, as <see cref="Analyze"/> gives them, appended to
    /// <paramref name="output"/>; each word's terms come from <paramref name="memo"/> once it has seen the word.</summary>
    internal void Terms(string text, AnalysisMemo memo, List<MemoTerm> output)
    {
        if (tokenizer is not UnicodeWordTokenizer)
        {
            foreach (var token in Analyze(text))
            {
                output.Add(memo.Term(token.Term));
            }

            return;
        }

        var words = memo.WordsOf(this);
        var i = 0;
        while (UnicodeWordTokenizer.Next(text, text.Length, ref i, out var start, out var end))
        {
            var word = text.AsSpan(start, end - start);
            if (!words.TryGetValue(word, out var terms))
            {
                var surface = word.ToString();
                terms = TermsOfWord(surface, memo);
                words.Dictionary[surface] = terms;
            }

            output.AddRange(terms);
        }
    }

    /// <summary>What the filters make of one word. Each filter maps a token to tokens whose terms depend on its term
    /// alone, so a text's terms are its words' terms in order, and a word's terms can be remembered.</summary>
    private MemoTerm[] TermsOfWord(string word, AnalysisMemo memo)
    {
        var tokens = Filter([new Token(word, 0, 0, word.Length)]);
        var terms = new MemoTerm[tokens.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = memo.Term(tokens[i].Term);
        }

        return terms;
    }

    private List<Token> Filter(List<Token> current)
    {
        var next = new List<Token>(current.Count + 4);
        foreach (var filter in filters)
        {
            next.Clear();
            foreach (var token in current)
            {
                filter.Process(token, next);
            }

            (current, next) = (next, current);
        }

        return current;
    }
}
