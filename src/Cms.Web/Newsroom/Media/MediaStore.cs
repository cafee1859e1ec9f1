using System.Security.Cryptography;

namespace Cms.Web.Newsroom.Media;

/// <summary>This node's copies of stored media under a root folder (the caller passes "&lt;DataDirectory&gt;/media"):
/// a cache of the database's bytes (<see cref="MediaFiles"/>), which also holds what the site stored before the bytes
/// moved into the database. Maps a stored name to a file only when the name is one the site could have generated.</summary>
internal sealed class MediaStore
{
    private readonly string root;
    private readonly string rootWithSeparator;

    public MediaStore(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootDirectory));
        rootWithSeparator = root + Path.DirectorySeparatorChar;
    }

    public string RootDirectory => root;

    /// <summary>Writes the copy of a stored file or rendition; see <see cref="WriteAsync(string, Func{Stream, CancellationToken, Task}, CancellationToken)"/>.</summary>
    public Task<string> WriteAsync(string name, ReadOnlyMemory<byte> content, CancellationToken ct) =>
        WriteAsync(name, (stream, token) => stream.WriteAsync(content, token).AsTask(), ct);

    /// <summary>Writes the copy of a stored file or rendition through a temporary file in the target folder, then
    /// renames it into place, so a reader never sees half a file. A stored name never gets other bytes, so a copy
    /// written meanwhile by another request is the same file. Returns the full path.</summary>
    public async Task<string> WriteAsync(string name, Func<Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        if (!MediaFileNames.IsSafeStoredName(name) && !MediaFileNames.IsRenditionName(name))
        {
            throw new ArgumentException($"'{name}' is not a stored media name.", nameof(name));
        }

        var target = FullPathOf(name);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);

        // The temporary name starts with a dot and ends in .tmp, so it never passes IsSafeStoredName.
        var temp = Path.Combine(folder, "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + ".tmp");
        try
        {
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                Options = FileOptions.Asynchronous,
            };
            await using (var stream = new FileStream(temp, options))
            {
                await write(stream, ct);
                await stream.FlushAsync(ct);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
            return target;
        }
        catch (IOException) when (File.Exists(target))
        {
            // Windows cannot replace a file that is open; the one there has the same bytes.
            DeleteQuietly(temp);
            return target;
        }
        catch
        {
            DeleteQuietly(temp);
            throw;
        }
    }

    /// <summary>The full path of this node's copy of a stored file or rendition, or null when the name is not a
    /// generated one, points outside the root, or this node holds no copy.</summary>
    public string? Resolve(string? relativeName)
    {
        if (!MediaFileNames.IsSafeStoredName(relativeName) && !MediaFileNames.IsRenditionName(relativeName))
        {
            return null;
        }

        var full = FullPathOf(relativeName!);
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return full.StartsWith(rootWithSeparator, comparison) && File.Exists(full) ? full : null;
    }

    private string FullPathOf(string relativeName) =>
        Path.GetFullPath(Path.Combine(root, relativeName.Replace('/', Path.DirectorySeparatorChar)));

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
