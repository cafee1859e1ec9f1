namespace Cms.Search.Searching;

/// <summary>A query with its filters. Filters from the request and from the query's own fields (<c>lang:ky</c>) combine.</summary>
public sealed record SearchRequest(
    string? Query,
    string? Language = null,
    string? Kind = null,
    int? Year = null,
    string? Place = null,
    string? Tag = null,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = 20);
