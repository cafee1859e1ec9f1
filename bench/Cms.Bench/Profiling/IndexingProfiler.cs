using System.Diagnostics;
using Cms.Search.Analysis;
using Cms.Search.Index;

namespace Cms.Bench.Profiling;

/// <summary>
/// Where indexing time goes, on one thread over a sample of the corpus (with one memo of analysed words, fresh for
/// each stage, as one thread of a bulk load has): our analysis alone, the analysis laid out
/// with its facet values, and adding documents prepared beforehand to a scratch index (with its commit).
/// </summary>
internal static class IndexingProfiler
{
    public static List<(string Key, string Stage, double PerSecond)> Run(string scratch, Analyzers analyzers, IReadOnlyList<SearchDocument> sample)
    {
        var analysis = PerSecond(sample.Count, () =>
        {
            var memo = new AnalysisMemo();
            foreach (var document in sample)
            {
                IndexedFields.From(document, analyzers, memo);
            }
        });
        List<List<PreparedDocument>> stories = [];
        var prepare = PerSecond(sample.Count, () =>
        {
            var memo = new AnalysisMemo();
            stories = [.. sample.GroupBy(d => d.StoryKey, StringComparer.Ordinal).Select(g => g.Select(d => PreparedDocument.From(d, analyzers, memo)).ToList())];
        });
        using var index = SearchIndex.Open(scratch, createWithVersion: analyzers.Version);
        var add = PerSecond(sample.Count, () =>
        {
            foreach (var story in stories)
            {
                index.Add(story);
            }

            index.Advance(1);
            index.Commit();
        });
        return
        [
            ("analysis", "our analysis (IndexedFields.From)", analysis),
            ("prepare", "analysis + facet values (PreparedDocument.From)", prepare),
            ("add", "laid out in pooled fields + IndexWriter.AddDocuments + commit", add),
        ];
    }

    private static double PerSecond(int count, Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return count / watch.Elapsed.TotalSeconds;
    }
}
