using System.Security.Cryptography;

namespace Cms.Web.Newsroom.Media;

/// <summary>Stores uploads under a root folder (the caller passes "&lt;DataDirectory&gt;/media") with generated names,
/// and maps a stored name back to a file only when the name is one the store could have generated.</summary>
internal sealed class MediaStore
{
    private const int Attempts = 5;

    private readonly string root;
    private readonly string rootWithSeparator;

    public MediaStore(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootDirectory));
        rootWithSeparator = root + Path.DirectorySeparatorChar;
    }

    public string RootDirectory => root;

    /// <summary>Writes the bytes to a temporary file in the target folder, then moves it into place without ever
    /// replacing an existing file, so a reader never sees half a file. Returns the relative stored name.</summary>
    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, MediaKind kind, DateTime utcNow, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var name = MediaFileNames.Generate(kind, utcNow);
            var target = FullPathOf(name);
            var folder = Path.GetDirectoryName(target)!;
            Directory.CreateDirectory(folder);

            // The temporary name starts with a dot and ends in .tmp, so it never passes IsSafeStoredName.
            var temp = Path.Combine(folder, "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + ".tmp");
            try
            {
                await WriteAsync(temp, content, ct);
                File.Move(temp, target, overwrite: false);
                return name;
            }
            catch (IOException) when (File.Exists(target) && attempt < Attempts)
            {
                // 128 random bits make this practically impossible; a new name is still the right answer.
                DeleteQuietly(temp);
            }
            catch
            {
                DeleteQuietly(temp);
                throw;
            }
        }
    }

    /// <summary>Writes a rendition under its fingerprinted name (<see cref="MediaFileNames.Rendition"/>) through a temporary
    /// file; a file already there has the same bytes and is kept.</summary>
    public async Task SaveRenditionAsync(string name, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        if (!MediaFileNames.IsRenditionName(name))
        {
            throw new ArgumentException($"'{name}' is not a rendition name.", nameof(name));
        }

        var target = FullPathOf(name);
        if (File.Exists(target))
        {
            return;
        }

        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + ".tmp");
        try
        {
            await WriteAsync(temp, content, ct);
            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            DeleteQuietly(temp);
            throw;
        }
    }

    /// <summary>The full path of a stored file or rendition, or null when the name is not a generated one, points
    /// outside the root, or no such file exists.</summary>
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

    private static async Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            Options = FileOptions.Asynchronous,
        };
        await using var stream = new FileStream(path, options);
        await stream.WriteAsync(content, ct);
        await stream.FlushAsync(ct);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The bytes of a stored file, or null when <see cref="Resolve"/> finds none.</summary>
    public async Task<byte[]?> ReadAsync(string? relativeName, CancellationToken ct) =>
        Resolve(relativeName) is { } path ? await File.ReadAllBytesAsync(path, ct) : null;

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
