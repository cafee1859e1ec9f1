using System.Collections.Concurrent;
using Cms.Search.Analysis;

namespace Cms.Search.Index;

/// <summary>
/// Adds many stories to an index on several threads, as a rebuild does. Each thread analyses a group of stories, then
/// hands the group to Lucene: analysing one story and adding it in turn makes the two take each other's tables out of
/// the cache (the memo of analysed words; Lucene's term hashes and byte pools), which cost about a tenth of the
/// indexing CPU (measured with <c>bench/Cms.Bench -- index</c>). Each thread keeps its memo from call to call.
/// </summary>
public sealed class BulkIndexer(SearchIndex index, int threads)
{
    /// <summary>Stories analysed together before Lucene gets them.</summary>
    public const int GroupStories = 32;

    private readonly ConcurrentBag<AnalysisMemo> memos = [];

    public SearchIndex Index => index;

    /// <summary>Adds <paramref name="stories"/> (none of them in the index yet), each as <paramref name="prepare"/>
    /// makes its live documents with the thread's memo; a story without any is skipped. On failure part of the stories
    /// may be in.</summary>
    public void Add<TStory>(IReadOnlyList<TStory> stories, Func<TStory, AnalysisMemo, IReadOnlyList<PreparedDocument>> prepare, CancellationToken cancellationToken = default)
    {
        Parallel.ForEach(
            Partitioner.Create(0, stories.Count, GroupStories),
            new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
            () => memos.TryTake(out var memo) ? memo : new AnalysisMemo(),
            (range, _, memo) =>
            {
                var group = new IReadOnlyList<PreparedDocument>[range.Item2 - range.Item1];
                for (var i = 0; i < group.Length; i++)
                {
                    group[i] = prepare(stories[range.Item1 + i], memo);
                }

                foreach (var story in group)
                {
                    if (story.Count > 0)
                    {
                        index.Add(story);
                    }
                }

                return memo;
            },
            memos.Add);
    }
}
