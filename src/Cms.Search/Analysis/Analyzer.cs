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
