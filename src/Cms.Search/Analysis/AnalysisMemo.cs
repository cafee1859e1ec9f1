namespace Cms.Search.Analysis;

/// <summary>
/// What each chain made of the words it has seen, and each term once with its loose key: text repeats its words (most
/// tokens of a news archive are a few thousand frequent forms), so a bulk load analyses each form once instead of at
/// every occurrence. The chains stay pure; this is the caller's scratch, for one thread at a time (one per indexing
/// thread). Bounded: a table that reaches <see cref="Capacity"/> entries starts over.
/// </summary>
public sealed class AnalysisMemo
{
    /// <summary>Entries per table: enough for the frequent forms of a language, a few megabytes at most.</summary>
    public const int Capacity = 1 << 15;

    private readonly int capacity;
    private readonly Dictionary<Analyzer, Dictionary<string, MemoTerm[]>> chains = [];
    private readonly Dictionary<string, MemoTerm> terms = new(StringComparer.Ordinal);
    private int document;

    public AnalysisMemo()
        : this(Capacity)
    {
    }

    /// <summary>A memo whose tables start over at <paramref name="capacity"/> entries (tests use a small one).</summary>
    internal AnalysisMemo(int capacity) => this.capacity = capacity;

    /// <summary>Terms gathered for one field at a time; reused.</summary>
    internal List<MemoTerm> Scratch { get; } = [];

    /// <summary>One document's loose keys, in the order first met, once each (by <see cref="LooseSeen"/>); reused.</summary>
    internal List<MemoTerm> LooseScratch { get; } = [];

    /// <summary>The texts of <see cref="LooseScratch"/>: a table that starts over may hold two instances of one key.</summary>
    internal HashSet<string> LooseSeen { get; } = new(StringComparer.Ordinal);

    /// <summary>The document now being analysed, for <see cref="MemoTerm.Document"/>.</summary>
    internal int Document => document;

    /// <summary>Starts a document: no term counts as used in it yet.</summary>
    internal void NextDocument() => document++;

    internal Dictionary<string, MemoTerm[]>.AlternateLookup<ReadOnlySpan<char>> WordsOf(Analyzer analyzer)
    {
        if (!chains.TryGetValue(analyzer, out var words))
        {
            words = new Dictionary<string, MemoTerm[]>(StringComparer.Ordinal);
            chains.Add(analyzer, words);
        }

        return words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal void Remember(Dictionary<string, MemoTerm[]>.AlternateLookup<ReadOnlySpan<char>> words, string word, MemoTerm[] wordTerms)
    {
        if (words.Dictionary.Count >= capacity)
        {
            words.Dictionary.Clear();
        }

        words.Dictionary[word] = wordTerms;
    }

    /// <summary>The one instance of <paramref name="term"/> (a fresh table forgets the old instances: a document may
    /// then hold two of one term, which only costs its loose key made twice).</summary>
    internal MemoTerm Term(string term)
    {
        if (!terms.TryGetValue(term, out var entry))
        {
            if (terms.Count >= capacity)
            {
                terms.Clear();
            }

            entry = new MemoTerm(term);
            terms.Add(term, entry);
        }

        return entry;
    }
}
