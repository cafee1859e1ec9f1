using System.Globalization;
using Cms.Bench.Fts;
using Cms.Bench.Latency;
using Cms.Search.Analysis;
using Cms.Search.Index;
using Cms.Search.Searching;
using Lucene.Net.Search;

namespace Cms.Bench;

/// <summary>The <c>query</c> verb: times SearchEngine.Search for one query on the indexes a <c>search --keep DIR</c> left.</summary>
internal static class QueryProbe
{
    public static void Run(string directory, string query, int runs)
    {
        var indexPath = Path.Combine(directory, SearchBenchmark.OursDirectory);
        var textsPath = Path.Combine(directory, SearchBenchmark.TextsFile);
        if (!Directory.Exists(indexPath) || !File.Exists(textsPath))
        {
            throw new BenchException($"no kept benchmark in '{directory}' (expected {SearchBenchmark.OursDirectory}/ and {SearchBenchmark.TextsFile})");
        }

        var analyzers = new Analyzers();
        using var host = new SearchIndexHost();
        host.Replace(SearchIndex.Open(indexPath));
        host.MayBeIncomplete = false;
        using var connection = Database.Open(textsPath);
        var texts = new SqliteHitTexts(connection);
        var engine = new SearchEngine(analyzers, host);
        var oneThread = new SearchEngine(analyzers, host, threads: 1);
        var request = new SearchRequest(query);
        SearchResult? result = null;
        var times = new List<double>(runs);
        var oneThreadTimes = new List<double>(runs);
        for (var run = -2; run < runs; run++)
        {
            // Interleaved with the same search on one thread: what the engine's cores (collection, snippets) bring.
            var ms = Clock.Milliseconds(() => result = engine.Search(request, texts));
            var one = Clock.Milliseconds(() => oneThread.Search(request, texts));
            if (run >= 0)
            {
                times.Add(ms);
                oneThreadTimes.Add(one);
            }
        }

        Console.WriteLine("lucene: " + engine.Explain(query));
        foreach (var hit in result!.Hits.Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Language} {hit.StoryKey} {hit.Score:F3} {hit.Title}"));
        }

        var stats = LatencyStats.From(times);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Total} stories, {result.TotalTranslations} translations; p50 {stats.P50:F2} ms, p95 {stats.P95:F2} ms over {runs} runs"));
        var single = LatencyStats.From(oneThreadTimes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"on one thread, interleaved: p50 {single.P50:F2} ms, p95 {single.P95:F2} ms"));

        // The collector pass alone, on one thread (CPU ms, median), beside matching and scoring alone.
        var match = engine.Compile(query)?.Match;
        if (match is not null)
        {
            double Median(Func<IndexSearcher, object> stage) => LatencyStats.From(
                Enumerable.Range(0, runs).Select(_ => Clock.Cpu(() => host.Search(stage)))).P50;
            var scored = Median(searcher =>
            {
                var collector = new Profiling.ScoreOnlyCollector();
                searcher.Search(match, collector);
                return collector;
            });
            var collect = Median(searcher =>
            {
                var collector = new StoryCollector(request.PageSize, request.Sort, request.ReaderLanguage, host.Facts);
                searcher.Search(match, collector);
                collector.Finish();
                return collector;
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one thread, CPU p50: scored {scored:F2} ms, collector pass {collect:F2} ms"));
        }
    }
}
