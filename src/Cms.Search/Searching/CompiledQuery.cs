namespace Cms.Search.Searching;

/// <summary>A parsed query turned into an FTS5 MATCH expression, the filters its fields asked for, the terms to mark,
/// how many words (and of them prefixes) it holds, and what was left out to keep it bounded.</summary>
internal sealed record CompiledQuery(
    string? Match,
    IReadOnlyDictionary<string, string> FieldFilters,
    IReadOnlySet<string> HighlightTerms,
    IReadOnlySet<string> HighlightLooseKeys,
    bool CanFallBackToOr,
    int WordCount,
    int PrefixCount,
    IReadOnlyList<string> Warnings);
