using Cms.Search.Analysis;
using Cms.Search.Index;
using Cms.Search.Searching;

namespace Cms.Search.Tests.Searching;

/// <summary>A Lucene index in a scratch directory with an engine over it; the hits' texts come from the documents
/// given, as the site reads them from its database.</summary>
public sealed class TestIndex : IDisposable, IHitTexts
{
    private readonly DirectoryInfo directory = System.IO.Directory.CreateTempSubdirectory("cms-search-test-");
    private readonly Dictionary<long, SearchDocument> documents = [];
    private long sequence;

    public TestIndex(Analyzers analyzers, IEnumerable<SearchDocument>? initial = null)
    {
        Analyzers = analyzers;
        Index = SearchIndex.Open(Path.Combine(directory.FullName, "gen-test"), createWithVersion: analyzers.Version);
        Host.Replace(Index);
        Host.MayBeIncomplete = false;
        Engine = new SearchEngine(analyzers, Host);
        if (initial is not null)
        {
            Put([.. initial]);
        }
    }

    public Analyzers Analyzers { get; }

    public SearchIndex Index { get; }

    public SearchIndexHost Host { get; } = new();

    public SearchEngine Engine { get; }

    public SearchResult Search(SearchRequest request) => Engine.Search(request, this);

    public SearchResult Search(string query) => Search(new SearchRequest(query));

    /// <summary>Replaces the stories of these documents with them (every live translation of each story).</summary>
    public void Put(IReadOnlyList<SearchDocument> live)
    {
        foreach (var document in live)
        {
            documents[document.Id] = document;
        }

        var updates = live.GroupBy(d => d.StoryKey, StringComparer.Ordinal)
            .Select(g => new StoryUpdate(g.Key, [.. g.Select(d => PreparedDocument.From(d, Analyzers))]))
            .ToList();
        Index.Apply(updates, ++sequence);
        Index.Refresh();
    }

    /// <summary>Takes a story out, as an unpublish of its last live translation does.</summary>
    public void Remove(string storyKey)
    {
        foreach (var id in documents.Values.Where(d => d.StoryKey == storyKey).Select(d => d.Id).ToList())
        {
            documents.Remove(id);
        }

        Index.Apply([new StoryUpdate(storyKey, [])], ++sequence);
        Index.Refresh();
    }

    public IReadOnlyDictionary<long, HitText> Read(IReadOnlyCollection<long> translationIds) =>
        translationIds.Where(documents.ContainsKey).Distinct()
            .ToDictionary(id => id, id => new HitText(documents[id].Title, documents[id].Summary, documents[id].Body));

    public void Dispose()
    {
        Host.Dispose();
        directory.Delete(recursive: true);
    }
}
