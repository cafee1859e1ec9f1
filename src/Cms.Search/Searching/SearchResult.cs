namespace Cms.Search.Searching;

/// <summary>One page of hits (one per story) with exact totals and facet counts over all matching stories.</summary>
public sealed record SearchResult(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    bool FellBackToOr,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Matching translations (a story may match in several languages).</summary>
    public int TotalTranslations { get; init; }

    /// <summary>The index is being built and does not hold everything yet.</summary>
    public bool MayBeIncomplete { get; init; }

    public static SearchResult Empty(int page, int pageSize, IReadOnlyList<string> warnings) =>
        new(0, page, pageSize, [], SearchFacets.None, false, warnings);
}
