namespace Cms.Search.Searching;

public sealed record FacetCount(string Value, int Count);
