using Lucene.Net.Index;

namespace Cms.Search.Searching;

/// <summary>Documents <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive) of one segment, cut between two
/// stories: one collector sees every match of each story in it.</summary>
internal readonly record struct CollectionSlice(AtomicReaderContext Leaf, int From, int To)
{
    public int Size => To - From;
}
