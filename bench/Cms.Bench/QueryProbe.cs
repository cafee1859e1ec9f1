using System.Globalization;
using Cms.Bench.Latency;
using Cms.Search.Analysis;
using Cms.Search.Searching;

namespace Cms.Bench;

/// <summary>The <c>query</c> verb: times SearchEngine.Search for one query on a kept benchmark database.</summary>
internal static class QueryProbe
{
    public static void Run(string path, string query, int runs)
    {
        if (!File.Exists(path))
        {
            throw new BenchException("no database at " + path);
        }

        using var connection = Database.Open(path);
        var engine = new SearchEngine(new Analyzers());
        var request = new SearchRequest(query);
        SearchResult? result = null;
        var times = new List<double>(runs);
        for (var run = -2; run < runs; run++)
        {
            var ms = Clock.Milliseconds(() => result = engine.Search(connection, request));
            if (run >= 0)
            {
                times.Add(ms);
            }
        }

        foreach (var hit in result!.Hits.Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Language} {hit.StoryKey} {hit.Score:F3} {hit.Title}"));
        }

        var stats = LatencyStats.From(times);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"total {result.Total}{(result.TotalIsLowerBound ? "+" : "")}; p50 {stats.P50:F2} ms, p95 {stats.P95:F2} ms over {runs} runs"));
    }
}
