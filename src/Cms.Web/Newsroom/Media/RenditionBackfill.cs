using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Newsroom.Media;

/// <summary>Once after start, makes the renditions of pictures that have none (uploaded before renditions existed,
/// or whose renditions failed before), a few at a time; pages show their originals until then. Running it again
/// finds nothing to do.</summary>
internal sealed partial class RenditionBackfill(IServiceScopeFactory scopes, ILogger<RenditionBackfill> logger) : BackgroundService
{
    private const int Batch = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (DbUpdateException ex)
        {
            // Another process on the same data directory recorded them first; the next start looks again.
            LogNotSaved(ex);
        }
    }

    /// <summary>Makes the missing renditions; returns how many pictures got theirs.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var made = 0;
        var after = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var store = scope.ServiceProvider.GetRequiredService<MediaStore>();
            var renditions = scope.ServiceProvider.GetRequiredService<RenditionService>();
            var items = await db.Media
                .Where(m => m.Id > after && m.ContentType != "application/pdf" && !m.Renditions.Any())
                .OrderBy(m => m.Id).Take(Batch).ToListAsync(cancellationToken);
            if (items.Count == 0)
            {
                break;
            }

            foreach (var item in items)
            {
                if (await store.ReadAsync(item.StoredName, cancellationToken) is not { } picture)
                {
                    LogMissing(item.StoredName);
                }
                else if (await renditions.AddToAsync(item, picture, cancellationToken))
                {
                    made++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            after = items[^1].Id;
        }

        if (made > 0)
        {
            LogMade(made);
        }

        return made;
    }

    [LoggerMessage(LogLevel.Warning, "The picture {StoredName} is recorded but its file is missing; it gets no renditions")]
    private partial void LogMissing(string storedName);

    [LoggerMessage(LogLevel.Warning, "Could not record the renditions of pictures uploaded before; the next start tries again")]
    private partial void LogNotSaved(Exception exception);

    [LoggerMessage(LogLevel.Information, "Made the renditions of {Count} picture(s) uploaded before")]
    private partial void LogMade(int count);
}
