using System.Globalization;
using System.Runtime;
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

        // What one search allocates (all threads), the collections that causes, and what a search during which one ran
        // costs: Lucene.Net's memory-mapped inputs once made those 50 times slower (see MappedDirectory).
        var (allocatedBefore, gen0Before, gen2Before) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(2));
        var pausedBefore = GC.GetTotalPauseDuration();
        var (withCollection, withoutCollection) = (new List<double>(), new List<double>(runs));
        for (var run = 0; run < runs; run++)
        {
            var collections = GC.CollectionCount(0);
            var ms = Clock.Milliseconds(() => engine.Search(request, texts));
            (GC.CollectionCount(0) == collections ? withoutCollection : withCollection).Add(ms);
        }

        var perSearchKb = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / runs;
        var (gen0, gen2) = (GC.CollectionCount(0) - gen0Before, GC.CollectionCount(2) - gen2Before);
        var paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;

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
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"allocated per search {perSearchKb:F1} KB; {runs} more searches: {gen0} gen-0 collections, {gen2} gen-2, paused {paused:F0} ms in all ({(GCSettings.IsServerGC ? "server" : "workstation")} GC)"));
        var quiet = LatencyStats.From(withoutCollection.DefaultIfEmpty());
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"searches during which a collection ran: {withCollection.Count}, mean {withCollection.DefaultIfEmpty().Average():F2} ms; the others p50 {quiet.P50:F2} ms, p95 {quiet.P95:F2} ms"));

        // The collector pass alone, on one thread (CPU ms, median), beside matching and scoring alone.
        var compiled = engine.Compile(query);
        if (compiled?.Match is { } match)
        {
            var runnable = SearchEngine.Runnable(compiled, SearchFilters.From(request, compiled.FieldFilters)); // as the engine runs it
            double Median(Func<IndexSearcher, object> stage) => LatencyStats.From(
                Enumerable.Range(0, runs).Select(_ => Clock.Cpu(() => host.Search(stage)))).P50;
            var scored = Median(searcher =>
            {
                var collector = new Profiling.ScoreOnlyCollector();
                searcher.Search(match, collector);
                return collector;
            });
            var scoredAsRun = Median(searcher =>
            {
                var collector = new Profiling.ScoreOnlyCollector();
                searcher.Search(TermBinding.Bind(runnable, searcher, host.TermsEnums), collector);
                return collector;
            });
            var collect = Median(searcher =>
            {
                var collector = new StoryCollector(request.PageSize, request.Sort, request.ReaderLanguage, host.Facts);
                searcher.Search(TermBinding.Bind(runnable, searcher, host.TermsEnums), collector);
                collector.Finish();
                return collector;
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one thread, CPU p50: scored {scored:F2} ms (as compiled), {scoredAsRun:F2} ms (as run), collector pass {collect:F2} ms"));
            static double Kb(Action stage)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                stage();
                return (GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0;
            }

            var scoredKb = Kb(() => host.Search(searcher =>
            {
                var collector = new Profiling.ScoreOnlyCollector();
                searcher.Search(match, collector);
                return collector;
            }));
            var collectKb = Kb(() => host.Search(searcher =>
            {
                var collector = new StoryCollector(request.PageSize, request.Sort, request.ReaderLanguage, host.Facts);
                searcher.Search(TermBinding.Bind(runnable, searcher, host.TermsEnums), collector);
                collector.Finish();
                return collector;
            }));
            var searchKb = Kb(() => oneThread.Search(request, texts));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one thread, allocated: scored {scoredKb:F1} KB, collector pass {collectKb:F1} KB, whole search {searchKb:F1} KB"));
        }
    }
}
