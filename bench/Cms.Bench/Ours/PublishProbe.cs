using System.Diagnostics;
using Cms.Bench.Fts;
using Cms.Bench.Latency;
using Cms.Search.Analysis;
using Cms.Search.Index;
using Cms.Search.Searching;

namespace Cms.Bench.Ours;

/// <summary>
/// Publish to searchable on one node: a story's first translation gets a new word in its title (the texts table
/// first, as the editor's save), then the clock runs from analysing the story through <c>Apply</c> and the
/// near-real-time <c>Refresh</c> until a search for the word finds the story.
/// </summary>
internal sealed class PublishProbe(
    SearchIndex index, SearchEngine engine, Analyzers analyzers, SqliteHitTexts texts, IReadOnlyList<List<SearchDocument>> stories)
{
    private const int MaxAttempts = 10_000;
    private long sequence = index.AppliedSequence;
    private int published;

    public PublishTime Publish()
    {
        var story = stories[published % stories.Count];
        var marker = Marker(published++);
        var changed = story[0] with { Title = story[0].Title + " " + marker };
        texts.SetTitle(changed.Id, changed.Title);
        var request = new SearchRequest(marker);
        var cpu = ThreadCpu.Now();
        var start = Stopwatch.GetTimestamp();
        var live = story.Select(d => PreparedDocument.From(ReferenceEquals(d, story[0]) ? changed : d, analyzers)).ToList();
        var prepared = Stopwatch.GetTimestamp();
        index.Apply([new StoryUpdate(changed.StoryKey, live)], ++sequence);
        var applied = Stopwatch.GetTimestamp();
        index.Refresh();
        var refreshed = Stopwatch.GetTimestamp();
        for (var attempt = 0; !Found(engine.Search(request, texts), changed.StoryKey); attempt++)
        {
            if (attempt >= MaxAttempts)
            {
                throw new BenchException($"a published story ({changed.StoryKey}, word '{marker}') never became searchable");
            }
        }

        var found = Stopwatch.GetTimestamp();
        return new PublishTime(
            Stopwatch.GetElapsedTime(start, found).TotalMilliseconds,
            Stopwatch.GetElapsedTime(start, prepared).TotalMilliseconds,
            Stopwatch.GetElapsedTime(prepared, applied).TotalMilliseconds,
            Stopwatch.GetElapsedTime(applied, refreshed).TotalMilliseconds,
            Stopwatch.GetElapsedTime(refreshed, found).TotalMilliseconds,
            ThreadCpu.Now() - cpu);
    }

    private static bool Found(SearchResult result, string storyKey) =>
        result.Hits.Any(h => string.Equals(h.StoryKey, storyKey, StringComparison.Ordinal));

    /// <summary>A Latin word no generated text holds, different for every publish.</summary>
    private static string Marker(int n)
    {
        var letters = new char[5];
        for (var i = letters.Length - 1; i >= 0; i--, n /= 26)
        {
            letters[i] = (char)('a' + (n % 26));
        }

        return "zqx" + new string(letters);
    }
}
