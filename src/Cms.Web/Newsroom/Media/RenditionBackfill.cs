using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Newsroom.Media;

/// <summary>After start (<see cref="MediaUpkeep"/>), makes the renditions of pictures that have none (uploaded before
/// renditions existed, or whose renditions failed before), a few at a time; pages show their originals until then.
/// Running it again finds nothing to do, and nodes running it at once record each picture's renditions once.</summary>
internal sealed partial class RenditionBackfill(IServiceScopeFactory scopes, ILogger<RenditionBackfill> logger)
{
    private const int Batch = 20;

    /// <summary>Makes the missing renditions; returns how many pictures got theirs from this call.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var made = 0;
        var after = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var items = await db.Media.AsNoTracking()
                .Where(m => m.Id > after && m.ContentType != "application/pdf" && !m.Renditions.Any())
                .OrderBy(m => m.Id).Take(Batch).Select(m => new { m.Id, m.StoredName }).ToListAsync(cancellationToken);
            if (items.Count == 0)
            {
                break;
            }

            foreach (var item in items)
            {
                if (await MakeAsync(scope.ServiceProvider, item.Id, item.StoredName, cancellationToken))
                {
                    made++;
                }
            }

            after = items[^1].Id;
        }

        if (made > 0)
        {
            LogMade(made);
        }

        return made;
    }

    private async Task<bool> MakeAsync(IServiceProvider services, int id, string storedName, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CmsDbContext>();
        var files = services.GetRequiredService<MediaFiles>();
        if (await files.ReadAsync(storedName, cancellationToken) is not { } picture)
        {
            LogMissing(storedName);
            return false;
        }

        var made = services.GetRequiredService<RenditionService>().Make(storedName, picture);
        if (made.Count == 0)
        {
            return false;
        }

        // Made outside the transaction (seconds of work), recorded inside it after looking again: another node may
        // have recorded this picture's renditions meanwhile. PostgreSQL: the lock makes look-and-write one step
        // across nodes; SQLite: the transaction holds the database's write lock from its start.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.LockForTransactionAsync("renditions:" + storedName, cancellationToken);
            if (await db.Set<MediaRendition>().AnyAsync(r => r.MediaItemId == id, cancellationToken))
            {
                return false;
            }

            var item = await db.Media.SingleAsync(m => m.Id == id, cancellationToken);
            files.AddRenditions(item, made);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        foreach (var rendition in made)
        {
            await files.KeepAsync(rendition.Record.StoredName, rendition.Content, cancellationToken);
        }

        return true;
    }

    [LoggerMessage(LogLevel.Warning, "The picture {StoredName} is recorded but neither the database nor this node holds its bytes; it gets no renditions")]
    private partial void LogMissing(string storedName);

    [LoggerMessage(LogLevel.Information, "Made the renditions of {Count} picture(s) uploaded before")]
    private partial void LogMade(int count);
}
