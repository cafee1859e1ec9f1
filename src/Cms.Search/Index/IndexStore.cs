using System.Globalization;

namespace Cms.Search.Index;

/// <summary>
/// The index's root directory (<c>Cms:DataDirectory/index/</c>): one generation directory per build, a pointer file
/// naming the current one, and a lock file held open with <see cref="FileShare.None"/> for as long as this process
/// writes. Lucene's own lock files either let a second process in or stay behind after a kill -9; an open file
/// handle does neither: a second process is refused at once, and the lock dies with its process.
/// </summary>
public sealed class IndexStore : IDisposable
{
    private const string LockFileName = "writer.lock";
    private const string CurrentFileName = "current";
    private const string GenerationPrefix = "gen-";

    private readonly FileStream lockFile;

    private IndexStore(string root, FileStream lockFile)
    {
        Root = root;
        this.lockFile = lockFile;
    }

    public string Root { get; }

    /// <summary>Takes the writer lock; throws <see cref="IndexLockedException"/> when another process holds it.</summary>
    public static IndexStore Acquire(string root)
    {
        Directory.CreateDirectory(root);
        try
        {
            var stream = new FileStream(Path.Combine(root, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new IndexStore(root, stream);
        }
        catch (IOException e)
        {
            throw new IndexLockedException(root, e);
        }
    }

    /// <summary>The current generation, or null with the reason when there is none or it cannot be read.</summary>
    public SearchIndex? OpenCurrent(out string? problem)
    {
        if (CurrentPath(Root, out problem) is not { } path)
        {
            return null;
        }

        try
        {
            return SearchIndex.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException
            or Lucene.Net.Index.IndexFormatTooOldException or Lucene.Net.Index.IndexFormatTooNewException or InvalidOperationException or FormatException)
        {
            problem = "the index cannot be read (" + e.GetType().Name + ": " + e.Message + ")";
            return null;
        }
    }

    /// <summary>The directory of the current generation under <paramref name="root"/>, or null with the reason.</summary>
    public static string? CurrentPath(string root, out string? problem)
    {
        var pointer = Path.Combine(root, CurrentFileName);
        if (!File.Exists(pointer))
        {
            problem = "no index yet";
            return null;
        }

        var name = File.ReadAllText(pointer).Trim();
        if (!name.StartsWith(GenerationPrefix, StringComparison.Ordinal) || name.AsSpan().ContainsAny(Path.GetInvalidFileNameChars()))
        {
            problem = "the pointer to the current index is damaged";
            return null;
        }

        problem = null;
        return Path.Combine(root, name);
    }

    /// <summary>A new, empty generation beside the current one, for a rebuild.</summary>
    public SearchIndex CreateGeneration(string version, TimeProvider time)
    {
        var name = GenerationPrefix + time.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture)
            + "-" + Guid.NewGuid().ToString("N")[..6];
        return SearchIndex.Open(Path.Combine(Root, name), createWithVersion: version);
    }

    /// <summary>Makes <paramref name="index"/> the current generation (an atomic rename of the pointer file), then
    /// deletes the other generations.</summary>
    public void Promote(SearchIndex index)
    {
        index.Commit();
        var pointer = Path.Combine(Root, CurrentFileName);
        var temporary = pointer + ".tmp";
        File.WriteAllText(temporary, Path.GetFileName(index.Path));
        File.Move(temporary, pointer, overwrite: true);
        foreach (var directory in Directory.EnumerateDirectories(Root, GenerationPrefix + "*"))
        {
            if (!string.Equals(Path.GetFileName(directory), Path.GetFileName(index.Path), StringComparison.Ordinal))
            {
                TryDelete(directory);
            }
        }
    }

    public void Dispose() => lockFile.Dispose();

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // still mapped by a search on some platforms; the next promotion deletes it
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
