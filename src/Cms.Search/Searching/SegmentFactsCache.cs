using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Cms.Search.Searching;

/// <summary>The <see cref="SegmentFacts"/> of each segment, made by the first search that reads it and dropped with
/// the segment (keyed by its core, which outlives reopens and deletions).</summary>
internal sealed class SegmentFactsCache
{
    private readonly ConditionalWeakTable<object, SegmentFacts> facts = [];

    public SegmentFacts For(AtomicReader reader) => facts.GetValue(reader.CoreCacheKey, _ => new SegmentFacts(reader));
}
