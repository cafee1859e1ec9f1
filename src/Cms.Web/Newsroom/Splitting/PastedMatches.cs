using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Newsroom.Splitting;

/// <summary>
/// Stories a pasted text may already be: a translation in the same language with the same title, or whose text
/// begins as the pasted part does (a release pasted twice, or its other language version already imported).
/// </summary>
internal static class PastedMatches
{
    /// <summary>How much of a part's body must match the start of a stored body.</summary>
    public const int BodyPrefixLength = 160;

    public static async Task<IReadOnlyList<PastedMatch>> FindAsync(CmsDbContext db, IEnumerable<SplitPart> parts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(parts);
        var found = new List<PastedMatch>();
        foreach (var part in parts)
        {
            var title = part.Title.Trim();
            var body = part.Body.ReplaceLineEndings("\n").Trim();
            var prefix = body.Length >= BodyPrefixLength ? body[..BodyPrefixLength] : null;
            if (title.Length == 0 && prefix is null)
            {
                continue;
            }

            var matches = await db.Translations.AsNoTracking()
                .Where(t => t.Language == part.Language && ((title.Length > 0 && t.Title == title) || (prefix != null && t.Body.StartsWith(prefix))))
                .OrderByDescending(t => t.StoryId)
                .Take(5)
                .Select(t => new PastedMatch(t.StoryId, t.Story.Key, t.Language, t.Title, t.Story.DeletedUtc != null))
                .ToListAsync(cancellationToken);
            found.AddRange(matches.Where(m => found.All(f => f.StoryId != m.StoryId)));
        }

        return found;
    }
}
