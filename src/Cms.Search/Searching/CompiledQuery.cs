namespace Cms.Search.Searching;

/// <summary>A parsed query turned into a Lucene query, the filters its fields asked for, what snippets mark (terms,
/// loose keys, and phrases as sequences of terms), how many words (and of them prefixes) it holds, and what was left
/// out to keep it bounded.</summary>
internal sealed record CompiledQuery(
    Lucene.Net.Search.Query? Match,
    IReadOnlyDictionary<string, string> FieldFilters,
    IReadOnlySet<string> HighlightTerms,
    IReadOnlySet<string> HighlightLooseKeys,
    IReadOnlyList<string[]> HighlightPhrases,
    bool CanFallBackToOr,
    int WordCount,
    int PrefixCount,
    IReadOnlyList<string> Warnings);
