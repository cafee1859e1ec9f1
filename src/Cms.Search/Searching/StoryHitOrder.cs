namespace Cms.Search.Searching;

/// <summary>Better hits compare greater: by score (or publication, for date order), then by the newer translation.</summary>
internal sealed class StoryHitOrder(SearchSort sort) : IComparer<StoryHit>
{
    public int Compare(StoryHit x, StoryHit y)
    {
        var primary = sort == SearchSort.Date ? x.Published.CompareTo(y.Published) : x.Score.CompareTo(y.Score);
        return primary != 0 ? primary : x.TranslationId.CompareTo(y.TranslationId);
    }
}
