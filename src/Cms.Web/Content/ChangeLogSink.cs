using Cms.Web.Data;

namespace Cms.Web.Content;

/// <summary>Appends a row to the change log for every saved story, inside the transaction that saved it, and announces
/// the change to the other nodes once per transaction (delivered when it commits).</summary>
internal sealed class ChangeLogSink(CmsDbContext db, TimeProvider time, ChangeLogSession session) : IStoryChangeSink
{
    private Guid? announcedIn;

    public async Task StoryChangedAsync(Story story, CancellationToken cancellationToken)
    {
        var entry = new ChangeLogEntry
        {
            StoryId = story.Id,
            StoryKey = story.Key,
            Translations = string.Join(' ', story.Translations.OrderBy(t => t.Id).Select(t => $"{t.Id}:{t.Language}")),
            AtUtc = time.GetUtcNow().UtcDateTime,
        };
        db.ChangeLog.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        session.Wrote(entry.Sequence);
        var transaction = db.Database.CurrentTransaction?.TransactionId;
        if (transaction is null || transaction != announcedIn)
        {
            await db.AnnounceChangeAsync(cancellationToken);
            announcedIn = transaction;
        }
    }
}
