namespace Cms.Search.Searching;

/// <summary>A parsed query turned into an FTS5 MATCH expression, the filters its fields asked for, and the terms to mark.</summary>
internal sealed record CompiledQuery(
    string? Match,
    IReadOnlyDictionary<string, string> FieldFilters,
    IReadOnlySet<string> HighlightTerms,
    IReadOnlySet<string> HighlightLooseKeys,
    bool CanFallBackToOr);
