using System.Data;
using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cms.Web.Newsroom.Media;

/// <summary>
/// The bytes of uploads and renditions. The database holds them (<see cref="MediaBlob"/>, written in the transaction
/// that records the upload or rendition), so that every node of a site has them; each node keeps copies under its own
/// media directory (<see cref="MediaStore"/>) and serves those, fetching a file from the database the first time it
/// needs it.
/// </summary>
internal sealed partial class MediaFiles(CmsDbContext db, MediaStore store, ILogger<MediaFiles> logger)
{
    private const string ReadSql = """SELECT "Content" FROM "MediaBlobs" WHERE "StoredName" = @name""";

    /// <summary>Adds the bytes of a stored file or rendition to the database with the caller's next save, in its
    /// transaction; after it, <see cref="KeepAsync"/> keeps this node's copy.</summary>
    public void Add(string storedName, byte[] content) =>
        db.MediaBlobs.Add(new MediaBlob { StoredName = storedName, Content = content });

    /// <summary>Adds a picture's renditions, bytes included, with the caller's next save.</summary>
    public void AddRenditions(MediaItem item, IEnumerable<MadeRendition> renditions)
    {
        foreach (var rendition in renditions)
        {
            item.Renditions.Add(rendition.Record);
            Add(rendition.Record.StoredName, rendition.Content);
        }
    }

    /// <summary>Once the bytes are saved in the database: keeps this node's copy, so that it serves what it stored
    /// without reading it back. A copy that cannot be written is logged and fetched when first asked for.</summary>
    public async Task KeepAsync(string storedName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        try
        {
            await store.WriteAsync(storedName, content, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogNotKept(ex, storedName);
        }
    }

    /// <summary>The file of a stored name on this node: its copy, else the bytes fetched from the database and
    /// written as the copy (atomically: a temporary file renamed into place). Null when the name is not one the site
    /// generates, or neither this node nor the database has its bytes.</summary>
    public async Task<string?> PathAsync(string? storedName, CancellationToken cancellationToken)
    {
        if (store.Resolve(storedName) is { } path)
        {
            return path;
        }

        if (!MediaFileNames.IsSafeStoredName(storedName) && !MediaFileNames.IsRenditionName(storedName))
        {
            return null;
        }

        // Streamed from the database into the file: PostgreSQL sends the column in pieces, SQLite hands over one
        // value (at most the upload limit).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = ReadSql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var name = command.CreateParameter();
            name.ParameterName = "@name";
            name.Value = storedName;
            command.Parameters.Add(name);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            var written = await store.WriteAsync(storedName!, async (file, token) =>
            {
                await using var content = reader.GetStream(0);
                await content.CopyToAsync(file, token);
            }, cancellationToken);
            LogFetched(storedName!);
            return written;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The bytes of a stored name, as <see cref="PathAsync"/> finds them; null when there are none.</summary>
    public async Task<byte[]?> ReadAsync(string? storedName, CancellationToken cancellationToken) =>
        await PathAsync(storedName, cancellationToken) is { } path ? await File.ReadAllBytesAsync(path, cancellationToken) : null;

    [LoggerMessage(LogLevel.Warning, "Could not keep this node's copy of {StoredName}; it is fetched from the database when asked for")]
    private partial void LogNotKept(Exception exception, string storedName);

    [LoggerMessage(LogLevel.Debug, "Fetched {StoredName} from the database into this node's media directory")]
    private partial void LogFetched(string storedName);
}
