using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Pages.Lang;

/// <summary>The previous (older) and next (newer) live story in the same language, by publication time.</summary>
internal static class StoryNeighbours
{
    public static async Task<(StoryLink? Previous, StoryLink? Next)> OfAsync(CmsDbContext db, Translation translation, CancellationToken cancellationToken)
    {
        var at = translation.PublishedUtc!.Value;
        var id = translation.Id;
        var live = db.Translations.AsNoTracking().LiveIn(translation.Language).Where(t => t.Id != id);
        var previous = await live.Where(t => t.PublishedUtc < at || (t.PublishedUtc == at && t.Id < id))
            .OrderByDescending(t => t.PublishedUtc).ThenByDescending(t => t.Id)
            .Select(t => new StoryLink(t.StoryId, t.Language, t.Title, t.Slug)).FirstOrDefaultAsync(cancellationToken);
        var next = await live.Where(t => t.PublishedUtc > at || (t.PublishedUtc == at && t.Id > id))
            .OrderBy(t => t.PublishedUtc).ThenBy(t => t.Id)
            .Select(t => new StoryLink(t.StoryId, t.Language, t.Title, t.Slug)).FirstOrDefaultAsync(cancellationToken);
        return (previous, next);
    }
}
