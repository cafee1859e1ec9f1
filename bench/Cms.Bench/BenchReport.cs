using System.Globalization;
using System.Text;
using System.Text.Json;
using Cms.Bench.Latency;
using Cms.Bench.Profiling;

namespace Cms.Bench;

/// <summary>The readable tables, then one JSON object as the very last line.</summary>
internal static class BenchReport
{
    public static void Print(
        IndexingResult indexing,
        List<(string Variant, double PerSecond)> indexingProfile,
        double peakMb,
        List<QueryMeasurement> perType,
        LatencyStats mixOurs,
        LatencyStats mixRaw,
        List<StageTimes> stages,
        List<string> plans,
        int runs,
        int warmup)
    {
        var languages = string.Join(", ", indexing.ByLanguage.Select(p => F($"{p.Key} {p.Value}")));
        Console.WriteLine(F($"## Search benchmark: {indexing.Docs} translations ({languages}) in {indexing.Stories} stories"));
        Console.WriteLine();
        Console.WriteLine(F($"corpus generation {indexing.GenerateSeconds:F1} s (not timed); indexing {indexing.IndexSeconds:F1} s in transactions of {CorpusIndexer.BatchSize}"));
        Console.WriteLine();
        Console.WriteLine("| indexing | translations/s | db size (MB, after checkpoint) | peak working set (MB) |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Console.WriteLine(F($"| {Verdict(indexing.PerSecond >= 3000)} target ≥ 3000/s | {indexing.PerSecond:F0} | {indexing.DbSizeMb:F1} | {peakMb:F0} |"));
        Console.WriteLine();
        Console.WriteLine(F($"Indexing breakdown on the first {Math.Min(indexing.Docs, 10_000)} translations, each variant into a fresh scratch database:"));
        Console.WriteLine();
        Console.WriteLine("| variant | translations/s |");
        Console.WriteLine("| --- | ---: |");
        foreach (var (variant, perSecond) in indexingProfile)
        {
            Console.WriteLine(F($"| {variant} | {perSecond:F0} |"));
        }
        Console.WriteLine();
        Console.WriteLine(F($"Latency, ms ({runs} runs per type after {warmup} warm-up rounds; ours = SearchEngine.Search, raw = top-20 bm25 + count(*) in plain FTS5)."));
        Console.WriteLine("Totals: ours counts stories, raw counts matching rows (translations).");
        Console.WriteLine();
        Console.WriteLine("| query type | query | ours total | hits | raw rows | ours p50 | ours p95 | ours p99 | raw p50 | raw p95 | raw p99 | ours/raw p95 |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var m in perType)
        {
            var total = m.FellBackToOr ? F($"{m.OursTotal} (OR)") : F($"{m.OursTotal}");
            Console.WriteLine(F($"| {m.Type} | `{m.Query}` | {total} | {m.OursHits} | {m.RawTotal} | {m.Ours.P50:F2} | {m.Ours.P95:F2} | {m.Ours.P99:F2} | {m.Raw.P50:F2} | {m.Raw.P95:F2} | {m.Raw.P99:F2} | {m.RatioP95:F1}× |"));
        }

        Console.WriteLine(F($"| **mix** | all of the above | | | | {mixOurs.P50:F2} | {mixOurs.P95:F2} | {mixOurs.P99:F2} | {mixRaw.P50:F2} | {mixRaw.P95:F2} | {mixRaw.P99:F2} | {mixOurs.P95 / mixRaw.P95:F1}× |"));
        Console.WriteLine();
        Console.WriteLine("| target | wanted | measured | |");
        Console.WriteLine("| --- | ---: | ---: | --- |");
        Console.WriteLine(F($"| indexing | ≥ 3000/s | {indexing.PerSecond:F0}/s | {Verdict(indexing.PerSecond >= 3000)} |"));
        Console.WriteLine(F($"| mix p95 | ≤ 10 ms | {mixOurs.P95:F2} ms | {Verdict(mixOurs.P95 <= 10)} |"));
        Console.WriteLine(F($"| mix p99 | ≤ 25 ms | {mixOurs.P99:F2} ms | {Verdict(mixOurs.P99 <= 25)} |"));
        Console.WriteLine(F($"| overhead, mix p95 | ≤ 1.5× raw | {mixOurs.P95 / mixRaw.P95:F1}× | {Verdict(mixOurs.P95 / mixRaw.P95 <= 1.5)} |"));
        Console.WriteLine();
        Console.WriteLine("Where the time goes: median ms of each stage, run alone (no filters, first page). \"candidates\" is SearchEngine's");
        Console.WriteLine("one FTS5 statement (the newest 1,001 matches, ranked by cms_rank); \"with bm25()\" is the same statement ranked by FTS5's");
        Console.WriteLine("bm25(), which first counts every row of every phrase; \"raw, our MATCH\" is the raw baseline run with the compiled");
        Console.WriteLine("expression (the cost of query expansion alone). The rest of \"ours\" is facets, the page's text, snippets and also-in.");
        Console.WriteLine();
        Console.WriteLine("| query type | matching rows | compile | candidates | with bm25() | raw, our MATCH | ours p50 |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var s in stages)
        {
            var ours = perType.First(m => m.Type == s.Type).Ours.P50;
            Console.WriteLine(F($"| {s.Type} | {s.MatchingRows} | {s.Compile:F2} | {s.Candidates:F2} | {s.CandidatesWithBm25:F2} | {s.RawWithOurMatch:F2} | {ours:F2} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Compiled MATCH expressions (first query of each type):");
        Console.WriteLine();
        foreach (var s in stages)
        {
            Console.WriteLine(F($"- {s.Type}: `{s.Match}`"));
        }

        Console.WriteLine();
        Console.WriteLine("Query plan (common word):");
        Console.WriteLine();
        Console.WriteLine("```");
        foreach (var line in plans)
        {
            Console.WriteLine(line);
        }

        Console.WriteLine("```");
        Console.WriteLine();
        Console.WriteLine(Json(indexing, peakMb, perType, mixOurs, mixRaw));
    }

    private static string Json(IndexingResult indexing, double peakMb, List<QueryMeasurement> perType, LatencyStats mixOurs, LatencyStats mixRaw)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("docs", indexing.Docs);
            json.WriteNumber("indexPerSecond", Math.Round(indexing.PerSecond, 1));
            json.WriteNumber("dbSizeMb", Math.Round(indexing.DbSizeMb, 1));
            json.WriteNumber("peakMemoryMb", Math.Round(peakMb, 1));
            json.WritePropertyName("mix");
            Entry(json, mixOurs, mixRaw);
            json.WriteStartObject("queries");
            foreach (var m in perType)
            {
                json.WritePropertyName(m.Type);
                Entry(json, m.Ours, m.Raw);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Entry(Utf8JsonWriter json, LatencyStats ours, LatencyStats raw)
    {
        json.WriteStartObject();
        Stats(json, "ours", ours);
        Stats(json, "raw", raw);
        json.WriteNumber("ratioP95", Math.Round(ours.P95 / raw.P95, 2));
        json.WriteEndObject();
    }

    private static void Stats(Utf8JsonWriter json, string name, LatencyStats stats)
    {
        json.WriteStartObject(name);
        json.WriteNumber("p50", Math.Round(stats.P50, 3));
        json.WriteNumber("p95", Math.Round(stats.P95, 3));
        json.WriteNumber("p99", Math.Round(stats.P99, 3));
        json.WriteEndObject();
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
