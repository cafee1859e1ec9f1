namespace Cms.Search.Searching;

/// <summary>Counts, for each value of one facet, the distinct stories among the candidates (stories numbered by
/// the caller, so that each count is a set of small integers).</summary>
internal sealed class FacetCounter
{
    private readonly Dictionary<string, HashSet<int>> stories = new(StringComparer.Ordinal);

    public void Add(ReadOnlySpan<char> value, int story)
    {
        var lookup = stories.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(value, out var set))
        {
            lookup[value] = set = [];
        }

        set.Add(story);
    }

    /// <summary>The values with most stories first (ties in ordinal order), at most <paramref name="limit"/>.</summary>
    public List<FacetCount> Top(int limit) =>
    [
        .. stories.Select(s => new FacetCount(s.Key, s.Value.Count))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).Take(limit),
    ];
}
