using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Pages.Manager;

/// <summary>Stories moved to the trash, newest first: restored by an editor, deleted for good by an admin.</summary>
internal sealed class TrashModel(CmsDbContext db, SiteLanguages languages, SiteClock clock) : ManagerPageModel(languages, clock)
{
    public const int PageSize = 25;

    [FromQuery(Name = "page")]
    public string? PageText { get; set; }

    public IReadOnlyList<Story> Stories { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!PageNumbers.TryParse(PageText, out var page))
        {
            return BadRequest();
        }

        var trashed = db.Stories.AsNoTracking().Where(s => s.DeletedUtc != null);
        Total = await trashed.CountAsync(cancellationToken);
        PageNumber = page;
        Stories = await trashed.OrderByDescending(s => s.DeletedUtc).ThenByDescending(s => s.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).Include(s => s.Translations).AsSplitQuery().ToListAsync(cancellationToken);
        return Page();
    }
}
