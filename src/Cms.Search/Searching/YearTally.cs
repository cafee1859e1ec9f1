namespace Cms.Search.Searching;

/// <summary>Stories per publication year, counted in an array by year (no dictionary lookup per story).</summary>
internal sealed class YearTally
{
    private int first;
    private int[] counts = [];

    public void Add(int year) => Add(year, 1);

    /// <summary>Adds another tally's counts to these.</summary>
    public void Add(YearTally other)
    {
        for (var i = 0; i < other.counts.Length; i++)
        {
            if (other.counts[i] > 0)
            {
                Add(other.first + i, other.counts[i]);
            }
        }
    }

    /// <summary>The years with any stories, newest first, at most <paramref name="limit"/>.</summary>
    public List<FacetCount> Newest(int limit)
    {
        var years = new List<FacetCount>();
        for (var i = counts.Length - 1; i >= 0 && years.Count < limit; i--)
        {
            if (counts[i] > 0)
            {
                years.Add(new FacetCount(Index.PreparedDocument.YearText(first + i), counts[i]));
            }
        }

        return years;
    }

    private void Add(int year, int stories)
    {
        if ((uint)(year - first) >= (uint)counts.Length)
        {
            Grow(year);
        }

        counts[year - first] += stories;
    }

    private void Grow(int year)
    {
        if (counts.Length == 0)
        {
            (first, counts) = (year - 8, new int[16]);
            return;
        }

        var newFirst = Math.Min(first, year - 8);
        var newLast = Math.Max(first + counts.Length - 1, year + 8);
        var grown = new int[newLast - newFirst + 1];
        counts.CopyTo(grown, first - newFirst);
        (first, counts) = (newFirst, grown);
    }
}
