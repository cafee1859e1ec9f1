using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Pages.Manager.Admin;

/// <summary>The audit log: sign-ins, publishing, deletions and role changes, newest first.</summary>
internal sealed class AuditModel(CmsDbContext db, SiteLanguages languages, SiteClock clock) : ManagerPageModel(languages, clock)
{
    public const int PageSize = 50;

    [FromQuery(Name = "page")]
    public string? PageText { get; set; }

    [FromQuery(Name = "action")]
    public string? Action { get; set; }

    public IReadOnlyList<AuditEntry> Items { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!PageNumbers.TryParse(PageText, out var page))
        {
            return NotFound();
        }

        var entries = db.Audit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Action))
        {
            entries = entries.Where(e => e.Action == Action);
        }

        Total = await entries.CountAsync(cancellationToken);
        PageNumber = page;
        Items = await entries.OrderByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return Page();
    }
}
