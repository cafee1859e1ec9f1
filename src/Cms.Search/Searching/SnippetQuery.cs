using Cms.Search.Analysis;
using Cms.Search.Analysis.Loose;

namespace Cms.Search.Searching;

/// <summary>
/// What the snippets of one search look for, made once for all its hits: the terms and loose keys, their first
/// letters to sift words by, and the sifting verdicts on loose keys already romanised (the same beginnings recur from
/// one hit to the next), and what matched in each word already analysed. Belongs to one search on one thread.
/// </summary>
internal sealed class SnippetQuery
{
    private readonly HashSet<string> looseStarts;
    private readonly Dictionary<string, bool> looseSifted = new(StringComparer.Ordinal);
    private readonly Dictionary<(Analyzer, bool), Dictionary<string, (int Start, int End)[]>> wordMarks = [];

    public SnippetQuery(IReadOnlySet<string> terms, IReadOnlySet<string> looseKeys, IReadOnlyList<string[]>? phrases = null)
    {
        Terms = terms;
        LooseKeys = looseKeys;
        Phrases = phrases ?? [];
        PhraseTerms = Phrases.SelectMany(p => p).ToHashSet(StringComparer.Ordinal);

        // A stem of three letters or fewer may differ from its word within them (отец → отц, имени → имя): sift
        // those by two.
        var starts = terms.Concat(PhraseTerms).Select(t => Start(t, t.Length <= 3 ? 2 : 3)).ToList();
        Starts = new PrefixSet(starts);
        StartLetters = SiftLetters.For(starts);
        looseStarts = looseKeys.Select(k => Start(k, 2)).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> Terms { get; }

    public IReadOnlySet<string> LooseKeys { get; }

    /// <summary>Phrases as sequences of terms: their words are marked only where they stand in that order.</summary>
    public IReadOnlyList<string[]> Phrases { get; }

    public IReadOnlySet<string> PhraseTerms { get; }

    public PrefixSet Starts { get; }

    /// <summary>What a word that passes <see cref="Starts"/> must contain (see <see cref="SiftLetters"/>).</summary>
    public System.Buffers.SearchValues<char> StartLetters { get; }

    /// <summary>Whether a word with these first letters could have one of the loose keys; a romanisation the first time.</summary>
    public bool LooseStartContains(ReadOnlySpan<char> prefix)
    {
        var lookup = looseSifted.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(prefix, out var passes))
        {
            passes = looseStarts.Contains(Start(LooseKey.For(prefix.ToString()), 2));
            lookup[prefix] = passes;
        }

        return passes;
    }

    /// <summary>What matches in each word already analysed (spans within the word), per language chain and pass.</summary>
    public Dictionary<string, (int Start, int End)[]> WordMarks(Analyzer analyzer, bool loose)
    {
        if (!wordMarks.TryGetValue((analyzer, loose), out var marks))
        {
            marks = new Dictionary<string, (int Start, int End)[]>(StringComparer.Ordinal);
            wordMarks[(analyzer, loose)] = marks;
        }

        return marks;
    }

    public static string Start(string text, int length) => text.Length <= length ? text : text[..length];
}
