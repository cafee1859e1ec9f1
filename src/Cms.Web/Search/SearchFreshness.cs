using Cms.Web.Caching;
using Cms.Web.Content;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Cms.Web.Search;

/// <summary>
/// Read your own writes: after a transaction that changed content commits, the request waits (bounded) until this
/// process's search index shows the change, so whoever published and then searches finds the story, and an
/// unpublished one is gone. When the wait runs out the change still stands; the answer says indexing is behind.
/// It also waits for the page cache to evict what the change affects (terms included, which may change without a
/// change-log row), so the next request shows it.
/// </summary>
internal sealed class SearchFreshness(
    ChangeLogSession session, SearchIndexer indexer, PageCacheFollower pageCache, IHttpContextAccessor http, ITempDataDictionaryFactory tempData)
{
    public const string Header = "Cms-Search-Index";
    public const string TempDataKey = "Cms.IndexBehind";

    public bool IndexBehind { get; private set; }

    public async Task AfterCommitAsync(CancellationToken cancellationToken)
    {
        var evicted = pageCache.CatchUpAsync(cancellationToken);
        try
        {
            await AfterCommitSearchAsync(cancellationToken);
        }
        finally
        {
            await evicted;
        }
    }

    private async Task AfterCommitSearchAsync(CancellationToken cancellationToken)
    {
        if (session.Take() is not { } sequence)
        {
            return;
        }

        indexer.Notify();
        if (await indexer.WaitForAsync(sequence, cancellationToken))
        {
            return;
        }

        IndexBehind = true;
        if (http.HttpContext is { } context)
        {
            if (!context.Response.HasStarted)
            {
                context.Response.Headers[Header] = "behind";
            }

            tempData.GetTempData(context)[TempDataKey] = true;
        }
    }

    public void AfterRollback() => session.Forget();
}
