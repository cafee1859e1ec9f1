namespace Cms.Search.Analysis;

/// <summary>
/// What each chain made of the words it has seen, and each term once with its loose key: text repeats its words (most
/// tokens of a news archive are a few thousand frequent forms), so a bulk load analyses each form once instead of at
/// every occurrence. The chains stay pure; this is the caller's scratch, for one thread at a time (one per indexing
/// thread). Bounded: once a table has reached <see cref="Capacity"/> entries, all tables start over at the next
/// document, never within one, so that within a document each term has exactly one instance.
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

    /// <summary>One document's loose keys, in the order first met, once each; reused.</summary>
    internal List<MemoTerm> LooseScratch { get; } = [];

    /// <summary>The document now being analysed, for <see cref="MemoTerm.Document"/>.</summary>
    internal int Document => document;

    /// <summary>Starts a document: no term counts as used in it yet; full tables start over here.</summary>
    internal void NextDocument()
    {
        document++;
        var full = terms.Count >= capacity;
        foreach (var words in chains.Values)
        {
            full |= words.Count >= capacity;
        }

        if (full)
        {
            terms.Clear();
            foreach (var words in chains.Values)
            {
                words.Clear();
            }
        }
    }

    internal Dictionary<string, MemoTerm[]>.AlternateLookup<ReadOnlySpan<char>> WordsOf(Analyzer analyzer)
    {
        if (!chains.TryGetValue(analyzer, out var words))
        {
            words = new Dictionary<string, MemoTerm[]>(StringComparer.Ordinal);
            chains.Add(analyzer, words);
        }

        return words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The one instance of <paramref name="term"/> until the tables start over.</summary>
    internal MemoTerm Term(string term)
    {
        if (!terms.TryGetValue(term, out var entry))
        {
            entry = new MemoTerm(term);
            terms.Add(term, entry);
        }

        return entry;
    }
}
