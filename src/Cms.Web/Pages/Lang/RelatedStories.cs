using System.Linq.Expressions;
using Cms.Web.Data;
using Cms.Web.Terms;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Pages.Lang;

/// <summary>
/// Stories that share terms with a story: the more terms shared (places with the venue, organisers, project, tags),
/// the earlier; among equals the newest first. Each is shown in the page's language when it has it, else marked in
/// another. Scoring reads the process's snapshot of every public story's terms, which follows the change log (every
/// content change appends to it in its own transaction; on SQLite rows commit in sequence order): a view costs one
/// indexed query for the log's end, and a change re-reads only the stories it names.
/// </summary>
internal sealed class RelatedStories(TermFallback fallback)
{
    public const int Count = 4;

    /// <summary>More changed stories than this since the snapshot: reading them all again is as cheap.</summary>
    private const int MaxIncremental = 1_000;

    private readonly SemaphoreSlim loading = new(1, 1);
    private StoryTermSnapshot? current;

    public async Task<IReadOnlyList<StoryListItem>> ForAsync(CmsDbContext db, Story story, string language, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(db, cancellationToken);
        var best = snapshot.MostShared(story.Id, StoryTerms.Of(story), Count);
        if (best.Count == 0)
        {
            return [];
        }

        var items = await StoryListQuery.ShownInAsync(db.Stories.AsNoTracking().Where(s => best.Contains(s.Id)), language, fallback, cancellationToken);
        return [.. items.OrderBy(i => best.IndexOf(i.StoryId))];
    }

    private async Task<StoryTermSnapshot> SnapshotAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        // The log's end is read before the stories: a change committed in between makes the next view catch up.
        var sequence = await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        var snapshot = Volatile.Read(ref current);
        if (snapshot is not null && snapshot.Sequence == sequence)
        {
            return snapshot;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            snapshot = Volatile.Read(ref current);
            if (snapshot is not null && snapshot.Sequence == sequence)
            {
                return snapshot;
            }

            snapshot = await CatchUpAsync(db, snapshot, sequence, cancellationToken)
                ?? new StoryTermSnapshot(sequence, await RowsAsync(db, _ => true, cancellationToken));
            Volatile.Write(ref current, snapshot);
            return snapshot;
        }
        finally
        {
            loading.Release();
        }
    }

    /// <summary>The snapshot moved on by the stories the log names after it; null when it must be read anew (none yet,
    /// the log went back, too many changes, or rows it missed were pruned).</summary>
    private static async Task<StoryTermSnapshot?> CatchUpAsync(CmsDbContext db, StoryTermSnapshot? snapshot, long sequence, CancellationToken cancellationToken)
    {
        if (snapshot is null || sequence < snapshot.Sequence)
        {
            return null;
        }

        var after = snapshot.Sequence;
        var oldest = await db.ChangeLog.MinAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        if (oldest > after + 1)
        {
            return null;
        }

        var changed = await db.ChangeLog.Where(e => e.Sequence > after && e.Sequence <= sequence)
            .Select(e => e.StoryId).Distinct().Take(MaxIncremental + 1).ToListAsync(cancellationToken);
        return changed.Count > MaxIncremental
            ? null
            : snapshot.With(sequence, changed, await RowsAsync(db, s => changed.Contains(s.Id), cancellationToken));
    }

    private static async Task<Dictionary<int, StoryTermRow>> RowsAsync(CmsDbContext db, Expression<Func<Story, bool>> which, CancellationToken cancellationToken)
    {
        var rows = await db.Stories.AsNoTracking().Where(which)
            .Where(s => s.DeletedUtc == null && s.Translations.Any(t => t.IsLive))
            .Select(s => new { s.Id, s.FirstPublishedUtc, s.Places, s.Venue, s.Organisers, s.Project, s.Tags })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => new StoryTermRow(
            r.FirstPublishedUtc ?? DateTime.MinValue,
            [.. StoryTerms.Of(new Story
            {
                Key = "", SourceLanguage = "", Places = r.Places, Venue = r.Venue, Organisers = r.Organisers, Project = r.Project, Tags = r.Tags,
            }).Distinct()]));
    }
}
