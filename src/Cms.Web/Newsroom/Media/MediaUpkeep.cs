using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Newsroom.Media;

/// <summary>Once after start: copies this node's media files that the database lacks into it (<see cref="MediaDiskImport"/>),
/// then makes the renditions pictures lack (<see cref="RenditionBackfill"/>). Both look again at the next start.</summary>
internal sealed partial class MediaUpkeep(MediaDiskImport diskImport, RenditionBackfill backfill, ILogger<MediaUpkeep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await diskImport.RunAsync(stoppingToken);
            await backfill.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException)
        {
            // The database went away, or a CLI process held SQLite's write lock too long; the next start tries again.
            LogNotSaved(ex);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not save media upkeep (copying files into the database, making renditions); the next start tries again")]
    private partial void LogNotSaved(Exception exception);
}
