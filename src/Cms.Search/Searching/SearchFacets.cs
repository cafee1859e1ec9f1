namespace Cms.Search.Searching;

/// <summary>How many matching stories each filter value would leave.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Languages,
    IReadOnlyList<FacetCount> Kinds,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Places,
    IReadOnlyList<FacetCount> Tags)
{
    public static SearchFacets None { get; } = new([], [], [], [], []);
}
