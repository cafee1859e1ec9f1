using Cms.Web.Data;
using Cms.Web.Terms;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Pages.Lang;

/// <summary>
/// Stories that share terms with a story: the more terms shared (places with the venue, organisers, project, tags),
/// the earlier; among equals the newest first. Each is shown in the page's language when it has it, else marked in
/// another.
/// </summary>
internal static class RelatedStories
{
    public const int Count = 4;

    public static async Task<IReadOnlyList<StoryListItem>> ForAsync(CmsDbContext db, Story story, string language, TermFallback fallback, CancellationToken cancellationToken)
    {
        var places = story.Places.Append(story.Venue).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var organisers = story.Organisers;
        var tags = story.Tags;
        var project = story.Project;
        var id = story.Id;
        var best = await db.Stories.AsNoTracking()
            .Where(s => s.Id != id && s.DeletedUtc == null && s.Translations.Any(t => t.IsLive))
            .Select(s => new
            {
                s.Id,
                s.FirstPublishedUtc,
                Shared = s.Places.Count(p => places.Contains(p))
                    + (s.Venue != null && !s.Places.Contains(s.Venue) && places.Contains(s.Venue) ? 1 : 0)
                    + s.Organisers.Count(o => organisers.Contains(o))
                    + s.Tags.Count(t => tags.Contains(t))
                    + (project != null && s.Project == project ? 1 : 0),
            })
            .Where(s => s.Shared > 0)
            .OrderByDescending(s => s.Shared).ThenByDescending(s => s.FirstPublishedUtc).ThenByDescending(s => s.Id)
            .Take(Count)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        if (best.Count == 0)
        {
            return [];
        }

        var items = await StoryListQuery.ShownInAsync(db.Stories.AsNoTracking().Where(s => best.Contains(s.Id)), language, fallback, cancellationToken);
        return [.. items.OrderBy(i => best.IndexOf(i.StoryId))];
    }
}
