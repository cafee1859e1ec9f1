using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Newsroom.Media;

/// <summary>
/// After start (<see cref="MediaUpkeep"/>): uploads and renditions recorded before their bytes moved into the database
/// exist only as files in the media directory of the node that stored them. Copies into the database those of this
/// node's files that it lacks. Only recorded names are copied, and only a file of the recorded size. Running it again
/// finds nothing to do, and nodes running it at once are harmless: an insert that finds the name there does nothing.
/// </summary>
internal sealed partial class MediaDiskImport(IServiceScopeFactory scopes, MediaStore store, ILogger<MediaDiskImport> logger)
{
    private const int Batch = 50;

    /// <summary>Copies the files; returns how many this call added to the database.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var copied = 0;
        var elsewhere = 0;
        var after = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var items = await db.Media.AsNoTracking()
                .Where(m => m.Id > after
                    && (!db.MediaBlobs.Any(b => b.StoredName == m.StoredName)
                        || m.Renditions.Any(r => !db.MediaBlobs.Any(b => b.StoredName == r.StoredName))))
                .OrderBy(m => m.Id).Take(Batch)
                .Select(m => new
                {
                    m.Id,
                    m.StoredName,
                    m.SizeBytes,
                    Renditions = m.Renditions.Select(r => new { r.StoredName, r.SizeBytes }).ToList(),
                })
                .AsSplitQuery().ToListAsync(cancellationToken);
            if (items.Count == 0)
            {
                break;
            }

            var files = items.Select(i => (i.StoredName, i.SizeBytes))
                .Concat(items.SelectMany(i => i.Renditions.Select(r => (r.StoredName, r.SizeBytes))))
                .ToList();
            var names = files.Select(f => f.StoredName).ToList();
            var held = (await db.MediaBlobs.Where(b => names.Contains(b.StoredName)).Select(b => b.StoredName).ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var (name, size) in files.Where(f => !held.Contains(f.StoredName)))
            {
                if (store.Resolve(name) is not { } path)
                {
                    elsewhere++;
                    continue;
                }

                byte[] content;
                try
                {
                    content = await File.ReadAllBytesAsync(path, cancellationToken);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    LogUnreadable(ex, name);
                    continue;
                }

                if (content.Length != size)
                {
                    LogWrongSize(name, content.Length, size);
                    continue;
                }

                copied += await db.Database.ExecuteSqlAsync(
                    $"""INSERT INTO "MediaBlobs" ("StoredName", "Content") VALUES ({name}, {content}) ON CONFLICT ("StoredName") DO NOTHING""",
                    cancellationToken);
            }

            after = items[^1].Id;
        }

        if (copied > 0)
        {
            LogCopied(copied, store.RootDirectory);
        }

        if (elsewhere > 0)
        {
            LogElsewhere(elsewhere, store.RootDirectory);
        }

        return copied;
    }

    [LoggerMessage(LogLevel.Information, "Copied {Count} media file(s) from {Directory} into the database")]
    private partial void LogCopied(int count, string directory);

    [LoggerMessage(LogLevel.Information, "{Count} recorded media file(s) have their bytes neither in the database nor in {Directory}; the node that stored them copies them when it starts")]
    private partial void LogElsewhere(int count, string directory);

    [LoggerMessage(LogLevel.Warning, "Could not read the file of {StoredName}; it is not copied into the database")]
    private partial void LogUnreadable(Exception exception, string storedName);

    [LoggerMessage(LogLevel.Warning, "The file of {StoredName} has {Length} bytes where {Recorded} were recorded; it is not copied into the database")]
    private partial void LogWrongSize(string storedName, long length, long recorded);
}
