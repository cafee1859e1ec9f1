using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Newsroom;
using Cms.Web.Newsroom.Diffing;
using Cms.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Pages.Manager.Stories;

/// <summary>Every saved version of a translation; the difference between any two; restore as a new revision.</summary>
internal sealed class RevisionsModel(CmsDbContext db, NewsroomService newsroom, SiteLanguages languages, SiteClock clock) : ManagerPageModel(languages, clock)
{
    public const int PageSize = 30;

    [FromQuery(Name = "a")]
    public int? A { get; set; }

    [FromQuery(Name = "b")]
    public int? B { get; set; }

    [FromQuery(Name = "page")]
    public string? PageText { get; set; }

    public Translation Translation { get; private set; } = null!;

    public IReadOnlyList<TranslationRevision> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public TranslationRevision? Before { get; private set; }

    public TranslationRevision? After { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string language, CancellationToken cancellationToken)
    {
        var translation = await db.Translations.AsNoTracking().FirstOrDefaultAsync(t => t.StoryId == id && t.Language == language, cancellationToken);
        if (translation is null || !PageNumbers.TryParse(PageText, out var page))
        {
            return NotFound();
        }

        Translation = translation;
        var revisions = db.Revisions.AsNoTracking().Where(r => r.TranslationId == translation.Id);
        Total = await revisions.CountAsync(cancellationToken);
        PageNumber = page;
        Items = await revisions.OrderByDescending(r => r.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        if (A is { } a && B is { } b)
        {
            Before = await revisions.FirstOrDefaultAsync(r => r.Id == a, cancellationToken);
            After = await revisions.FirstOrDefaultAsync(r => r.Id == b, cancellationToken);
            if (Before is null || After is null)
            {
                return NotFound();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, string language, int revision, CancellationToken cancellationToken)
    {
        var owned = await db.Revisions.AnyAsync(r => r.Id == revision && r.Translation.StoryId == id && r.Translation.Language == language, cancellationToken);
        if (!owned)
        {
            return NotFound();
        }

        await newsroom.RestoreAsync(revision, UserName, cancellationToken);
        TempData["saved"] = language;
        return Redirect($"/manager/stories/{id}?right={language}#{language}");
    }

    public static string Diff(string before, string after) => TextDiff.ToHtml(TextDiff.Words(before, after));
}
