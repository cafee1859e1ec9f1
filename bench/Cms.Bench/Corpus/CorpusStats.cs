namespace Cms.Bench.Corpus;

/// <summary>Counts what the generator emitted; relies on a story's translations arriving one after another.</summary>
internal sealed class CorpusStats
{
    private string? lastStory;

    public int Docs { get; private set; }

    public int Stories { get; private set; }

    public SortedDictionary<string, int> ByLanguage { get; } = new(StringComparer.Ordinal);

    /// <summary>Counts a translation; true when it begins a new story.</summary>
    public bool Add(Cms.Search.Index.SearchDocument document)
    {
        Docs++;
        ByLanguage[document.Language] = ByLanguage.GetValueOrDefault(document.Language) + 1;
        if (string.Equals(lastStory, document.StoryKey, StringComparison.Ordinal))
        {
            return false;
        }

        lastStory = document.StoryKey;
        Stories++;
        return true;
    }
}
