using Lucene.Net.Search;

namespace Cms.Search.Index;

/// <summary>An index searches can use: the live one this process writes, or a read-only view of the last commit.</summary>
public interface ISearchableIndex : IDisposable
{
    IndexSearcher AcquireSearcher();

    void ReleaseSearcher(IndexSearcher searcher);
}
