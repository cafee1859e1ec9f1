namespace Cms.Search.Searching;

/// <summary>Where the texts of a page of hits come from: the index stores none, the database holds them.</summary>
public interface IHitTexts
{
    /// <summary>The live texts of these translations; an id that is no longer live is left out.</summary>
    IReadOnlyDictionary<long, HitText> Read(IReadOnlyCollection<long> translationIds);
}
