namespace Cms.Search.Searching;

/// <summary>A query with its filters. Filters from the request and from the query's own fields (<c>lang:ky</c>)
/// combine. <see cref="ReaderLanguage"/> is the page's language: a story whose translation in it matched is shown in it.</summary>
public sealed record SearchRequest(
    string? Query,
    string? Language = null,
    string? Kind = null,
    int? Year = null,
    string? Place = null,
    string? Tag = null,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = 20,
    string? ReaderLanguage = null);
