using Cms.Web.Infrastructure;
using Cms.Web.Newsroom;
using Cms.Web.Pages.Shared;
using Cms.Web.Search;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Pages.Manager.Admin;

/// <summary>The search index of this site process: how many translations it holds, how far it follows the change log,
/// whether a rebuild runs; and the rebuild itself (the old index keeps answering until the new one is complete).</summary>
internal sealed class SearchModel(SearchIndexer indexer, AuditLog audit, SiteLanguages languages, SiteClock clock) : ManagerPageModel(languages, clock)
{
    public SearchIndexStatus Status { get; private set; } = null!;

    [TempData]
    public bool RebuildStarted { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Status = await indexer.StatusAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRebuildAsync(CancellationToken cancellationToken)
    {
        indexer.RequestRebuild();
        await audit.WriteAsync(UserName, AuditActions.Reindex, "search", cancellationToken: cancellationToken);
        RebuildStarted = true;
        return RedirectToPage();
    }
}
