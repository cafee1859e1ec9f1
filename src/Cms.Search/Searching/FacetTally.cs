using Lucene.Net.Util;

namespace Cms.Search.Searching;

/// <summary>One facet's counts over all matches: per segment by ordinal in an array (no lookups while collecting),
/// folded into labels when the segment ends.</summary>
internal sealed class FacetTally
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly BytesRef scratch = new();
    private int[] segment = [];
    private Action<long, BytesRef>? lookup;

    /// <summary>Starts a segment whose values have <paramref name="valueCount"/> ordinals.</summary>
    public void Begin(long valueCount, Action<long, BytesRef> lookupOrd)
    {
        segment = valueCount == 0 ? [] : new int[valueCount];
        lookup = lookupOrd;
    }

    public void Add(long ord)
    {
        if (ord >= 0)
        {
            segment[ord]++;
        }
    }

    /// <summary>Folds the segment's counts into the totals by label.</summary>
    public void End()
    {
        for (var ord = 0; ord < segment.Length; ord++)
        {
            if (segment[ord] > 0)
            {
                lookup!(ord, scratch);
                var label = scratch.Utf8ToString();
                counts[label] = counts.GetValueOrDefault(label) + segment[ord];
            }
        }

        segment = [];
    }

    /// <summary>Adds another tally's totals (its segments ended) to these.</summary>
    public void Add(FacetTally other)
    {
        foreach (var (label, count) in other.counts)
        {
            counts[label] = counts.GetValueOrDefault(label) + count;
        }
    }

    /// <summary>Adds counts for values that are not ordinals (years are numbers).</summary>
    public void AddLabel(string label, int count) => counts[label] = counts.GetValueOrDefault(label) + count;

    /// <summary>The values with most stories first (ties in ordinal order), at most <paramref name="limit"/>.</summary>
    public List<FacetCount> Top(int limit) =>
    [
        .. counts.Select(c => new FacetCount(c.Key, c.Value))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).Take(limit),
    ];
}
