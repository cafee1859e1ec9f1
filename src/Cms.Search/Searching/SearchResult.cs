namespace Cms.Search.Searching;

/// <summary>One page of hits (one per story) with facet counts over all matching stories.</summary>
public sealed record SearchResult(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    bool FellBackToOr,
    IReadOnlyList<string> Warnings)
{
    /// <summary>More stories match than were counted: <see cref="Total"/> is "at least".</summary>
    public bool TotalIsLowerBound { get; init; }

    public static SearchResult Empty(int page, int pageSize, IReadOnlyList<string> warnings) =>
        new(0, page, pageSize, [], SearchFacets.None, false, warnings);
}
