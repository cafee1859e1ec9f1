using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Cms.Search.Index;

/// <summary>The last commit of an index another process writes, opened for reading only (readers need no lock): what
/// the command line searches while the site runs.</summary>
public sealed class ReadOnlyIndex : ISearchableIndex
{
    private readonly Lucene.Net.Store.Directory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    private ReadOnlyIndex(Lucene.Net.Store.Directory directory, DirectoryReader reader)
    {
        this.directory = directory;
        this.reader = reader;
        searcher = new IndexSearcher(reader) { Similarity = BestMatchSearcherFactory.Similarity };
    }

    public int DocumentCount => reader.NumDocs;

    /// <summary>The current generation under <paramref name="root"/>, or null with the reason when there is none.</summary>
    public static ReadOnlyIndex? OpenCurrent(string root, out string? problem)
    {
        if (IndexStore.CurrentPath(root, out problem) is not { } path)
        {
            return null;
        }

        var directory = new MappedDirectory(new DirectoryInfo(path), NoLockFactory.GetNoLockFactory());
        try
        {
            return new ReadOnlyIndex(directory, DirectoryReader.Open(directory));
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            directory.Dispose();
            problem = "the index cannot be read (" + e.Message + ")";
            return null;
        }
    }

    public IndexSearcher AcquireSearcher() => searcher;

    public void ReleaseSearcher(IndexSearcher searcher)
    {
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
