namespace Cms.Search.Searching;

public enum SearchSort
{
    Relevance,
    Date,
}
