using Lucene.Net.Store;

namespace Cms.Search.Index;

/// <summary>
/// An index directory whose files are read through memory maps, like Lucene's <see cref="MMapDirectory"/>, but whose
/// inputs are plain buffered clones. Lucene.Net's memory-mapped input registers every clone in a
/// <c>ConditionalWeakTable</c>, and a search makes hundreds of clones (a term's dictionary and postings per segment):
/// measured on the benchmark index, a search during which a gen-0 collection ran took 95 ms on average instead of
/// 2 ms. <see cref="NIOFSDirectory"/> avoids that at a system call per kilobyte read; this reads with a copy from the
/// map. Writing is <see cref="FSDirectory"/>'s.
/// </summary>
internal sealed class MappedDirectory(DirectoryInfo path, LockFactory lockFactory) : FSDirectory(path, lockFactory)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        return MappedIndexInput.Open(file, context);
    }
}
