using System.Globalization;
using System.Text;
using System.Text.Json;
using Cms.Bench.Latency;
using Cms.Bench.Ours;
using Cms.Bench.Profiling;

namespace Cms.Bench;

/// <summary>The readable tables, then one JSON object with every figure as the very last line.</summary>
internal sealed class BenchReport(
    CorpusRun ours,
    CorpusRun texts,
    CorpusRun fts,
    CorpusRun plain,
    double peakIndexingMb,
    double peakMb,
    LatencyResult latency,
    List<StageTimes> stages,
    int segments,
    List<(string Key, string Stage, double PerSecond)> indexing,
    int runs,
    int warmup)
{
    private const int MillionScale = 1_000_000;

    private bool AtMillion => ours.Corpus.Docs >= MillionScale;

    public void Print()
    {
        var corpus = ours.Corpus;
        var languages = string.Join(", ", corpus.ByLanguage.Select(p => F($"{p.Key} {p.Value}")));
        Console.WriteLine(F($"## Search benchmark: {corpus.Docs} translations ({languages}) in {corpus.Stories} stories"));
        Console.WriteLine();
        Console.WriteLine(F($"Corpus generation {ours.GenerateSeconds:F1} s per pass (not timed). Ours prepares on {OursIndexer.Threads} threads; the time includes the final commit and reopen."));
        Console.WriteLine();
        Console.WriteLine("| index | translations/s | seconds | size on disk (MB) |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Row("ours (Lucene, no text stored)", ours);
        Row("texts table (the site's database)", texts);
        Row("raw FTS5 (our terms, contentless)", fts);
        Row("plain Lucene.Net (text stored)", plain);
        Console.WriteLine();
        Console.WriteLine(F($"Ours: {ours.CpuSeconds:F1} CPU-seconds, {ours.Corpus.Docs / ours.CpuSeconds:F0} translations per CPU-second. Where indexing time goes, one thread, first {Math.Min(ours.Corpus.Docs, 10_000)} translations:"));
        Console.WriteLine();
        Console.WriteLine("| stage | translations/s |");
        Console.WriteLine("| --- | ---: |");
        foreach (var (_, stage, perSecond) in indexing)
        {
            Console.WriteLine(F($"| {stage} | {perSecond:F0} |"));
        }

        Console.WriteLine();
        Console.WriteLine(F($"Peak working set: {peakIndexingMb:F0} MB after indexing ours (nothing else built yet); {peakMb:F0} MB for the whole run (all three built and searched in one process)."));
        Console.WriteLine();
        Console.WriteLine(F($"Latency, ms ({runs} runs per type after {warmup} warm-up rounds, interleaved). Ours = SearchEngine.Search with exact totals and facets, texts read by id from SQLite, snippets; raw = top-20 bm25() + count(*) in FTS5; plain = MultiFieldQueryParser, top 20 + total, stored text, stock Highlighter."));
        Console.WriteLine();
        Console.WriteLine("| query type | query | ours stories / translations | raw rows | plain hits | ours p50 | p95 | p99 | raw p50 | p95 | p99 | plain p50 | p95 | p99 | ours/raw p50 | ours/plain p50 |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var m in latency.PerType)
        {
            var found = F($"{m.OursStories} / {m.OursTranslations}{(m.FellBackToOr ? " (OR)" : "")}");
            Console.WriteLine(F($"| {m.Type} | `{m.Query}` | {found} | {m.RawRows} | {m.PlainTotal} | {Cells(m.Ours)} | {Cells(m.Raw)} | {Cells(m.Plain)} | {m.Ours.P50 / m.Raw.P50:F2}× | {m.Ours.P50 / m.Plain.P50:F2}× |"));
        }

        Console.WriteLine(F($"| **mix** | all of the above | | | | {Cells(latency.MixOurs)} | {Cells(latency.MixRaw)} | {Cells(latency.MixPlain)} | {latency.MixOurs.P50 / latency.MixRaw.P50:F2}× | {latency.MixOurs.P50 / latency.MixPlain.P50:F2}× |"));
        Console.WriteLine();
        Console.WriteLine(F($"Plain Lucene.Net finds nothing for the Latin and Kyrgyz-on-Russian-keyboard queries, and finding nothing is fast. Over the {latency.AnsweredByPlain.Count} types it answers only: ours {Cells(latency.AnsweredOurs)}, plain {Cells(latency.AnsweredPlain)} (p50 | p95 | p99), ours/plain p50 {latency.AnsweredOurs.P50 / latency.AnsweredPlain.P50:F2}×."));
        Console.WriteLine();
        Console.WriteLine("CPU time of the searching thread, ms (p50 / p95): what each search costs without waiting for a core; on a busy machine compare these.");
        Console.WriteLine();
        Console.WriteLine("| query type | ours | raw | plain | ours/raw p50 | ours/plain p50 |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var m in latency.PerType)
        {
            Console.WriteLine(F($"| {m.Type} | {m.Cpu[0].P50:F2} / {m.Cpu[0].P95:F2} | {m.Cpu[1].P50:F2} / {m.Cpu[1].P95:F2} | {m.Cpu[2].P50:F2} / {m.Cpu[2].P95:F2} | {m.Cpu[0].P50 / m.Cpu[1].P50:F2}× | {m.Cpu[0].P50 / m.Cpu[2].P50:F2}× |"));
        }

        var cpu = latency.MixCpu;
        Console.WriteLine(F($"| **mix** | {cpu[0].P50:F2} / {cpu[0].P95:F2} | {cpu[1].P50:F2} / {cpu[1].P95:F2} | {cpu[2].P50:F2} / {cpu[2].P95:F2} | {cpu[0].P50 / cpu[1].P50:F2}× | {cpu[0].P50 / cpu[2].P50:F2}× |"));
        Console.WriteLine();
        var publish = latency.Publish;
        Console.WriteLine(F($"Publish → searchable (ours: analyse the story, Apply, near-real-time Refresh, search until found; {publish.Total.Count} samples among the queries), wall ms:"));
        Console.WriteLine();
        Console.WriteLine("| | whole | analyse | Apply | Refresh | search | CPU of the whole |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine(F($"| p50 | {publish.Total.P50:F2} | {publish.Prepare.P50:F2} | {publish.Apply.P50:F2} | {publish.Refresh.P50:F2} | {publish.Search.P50:F2} | {publish.Cpu.P50:F2} |"));
        Console.WriteLine(F($"| p95 | {publish.Total.P95:F2} | {publish.Prepare.P95:F2} | {publish.Apply.P95:F2} | {publish.Refresh.P95:F2} | {publish.Search.P95:F2} | {publish.Cpu.P95:F2} |"));
        Console.WriteLine();
        Console.WriteLine(F($"Where our time goes (median {(ThreadCpu.Available ? "CPU" : "wall")} ms of the thread, each stage alone, first query of each type; the index has {segments} segments now): compile = parse and compile;"));
        Console.WriteLine("count only = Lucene matching alone; scored = matching and scoring every match; single values = matching and reading, for every match,");
        Console.WriteLine("the single-valued doc values the collector reads; doc values = those and the places and tags (sorted sets); collect = the one collector pass (exact totals, facets over all matches, top stories, scoring");
        Console.WriteLine("included, over the doc values the engine copies once per segment into arrays); then the page: facts = the hits' doc values,");
        Console.WriteLine("texts = read by id from SQLite, snippets = SnippetBuilder, others = the hits' other translations (their neighbours in the story's");
        Console.WriteLine("block); full = SearchEngine.Search (collection and snippets on up to 4 cores).");
        Console.WriteLine();
        Console.WriteLine("| query type | compile | count only | scored | single values | doc values | collect | facts | texts | snippets | others | full |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var s in stages)
        {
            Console.WriteLine(F($"| {s.Type} | {s.Compile:F2} | {s.CountOnly:F2} | {s.Scored:F2} | {s.SingleValues:F2} | {s.DocValues:F2} | {s.Collect:F2} | {s.Facts:F2} | {s.Texts:F2} | {s.Snippets:F2} | {s.Others:F2} | {s.Full:F2} |"));
        }

        Console.WriteLine();
        Console.WriteLine("FTS5 expressions of the raw baseline (first query of each type):");
        Console.WriteLine();
        foreach (var m in latency.PerType)
        {
            Console.WriteLine(F($"- {m.Type}: `{m.RawMatch}`"));
        }

        Console.WriteLine();
        var scale = AtMillion ? "1,000,000" : "100,000";
        var note = ours.Corpus.Docs == (AtMillion ? MillionScale : 100_000) ? "" : F($"; this run has {ours.Corpus.Docs}, so only indicative");
        Console.WriteLine(F($"| target (set for {scale} translations on a quiet machine{note}) | wanted | measured | |"));
        Console.WriteLine("| --- | ---: | ---: | --- |");
        foreach (var target in Targets())
        {
            Console.WriteLine(F($"| {target.Name} | {target.Wanted} | {target.Measured:F2} | {(target.Met ? "met" : "MISSED")} |"));
        }

        Console.WriteLine();
        Console.WriteLine(Json());
    }

    private List<(string Key, string Name, string Wanted, double Measured, bool Met)> Targets()
    {
        var mix = latency.MixOurs;
        if (AtMillion)
        {
            return
            [
                ("mixP95", "mix p95 (ms)", "≤ 40", mix.P95, mix.P95 <= 40),
                ("peakMb", "peak working set (MB)", "≤ 700", peakIndexingMb, peakIndexingMb <= 700),
            ];
        }

        var toPlain = mix.P50 / latency.MixPlain.P50;
        return
        [
            ("mixP50", "mix p50 (ms)", "≤ 4", mix.P50, mix.P50 <= 4),
            ("mixP95", "mix p95 (ms)", "≤ 8", mix.P95, mix.P95 <= 8),
            ("mixP99", "mix p99 (ms)", "≤ 15", mix.P99, mix.P99 <= 15),
            ("oursToPlainP50", "ours / plain Lucene.Net, mix p50", "≤ 0.6×", toPlain, toPlain <= 0.6),
            ("indexing", "indexing (translations/s)", "≥ 5000", ours.PerSecond, ours.PerSecond >= 5000),
            ("publishP95", "publish → searchable p95 (ms)", "≤ 30", latency.Publish.Total.P95, latency.Publish.Total.P95 <= 30),
        ];
    }

    private string Json()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("docs", ours.Corpus.Docs);
            json.WriteNumber("stories", ours.Corpus.Stories);
            json.WriteNumber("runs", runs);
            json.WriteStartObject("indexing");
            json.WriteNumber("oursPerSecond", Math.Round(ours.PerSecond, 1));
            json.WriteNumber("oursThreads", OursIndexer.Threads);
            json.WriteNumber("oursPerCpuSecond", Math.Round(ours.Corpus.Docs / ours.CpuSeconds, 1));
            foreach (var (key, _, perSecond) in indexing)
            {
                json.WriteNumber(key + "OneThreadPerSecond", Math.Round(perSecond, 1));
            }

            json.WriteNumber("ftsPerSecond", Math.Round(fts.PerSecond, 1));
            json.WriteNumber("plainPerSecond", Math.Round(plain.PerSecond, 1));
            json.WriteEndObject();
            json.WriteStartObject("sizeMb");
            json.WriteNumber("ours", Math.Round(ours.SizeMb, 1));
            json.WriteNumber("texts", Math.Round(texts.SizeMb, 1));
            json.WriteNumber("fts", Math.Round(fts.SizeMb, 1));
            json.WriteNumber("plain", Math.Round(plain.SizeMb, 1));
            json.WriteEndObject();
            json.WriteStartObject("peakMemoryMb");
            json.WriteNumber("oursIndexing", Math.Round(peakIndexingMb, 1));
            json.WriteNumber("wholeRun", Math.Round(peakMb, 1));
            json.WriteEndObject();
            Stats(json, "publishMs", latency.Publish.Total);
            json.WriteStartObject("publishPartsMs");
            Stats(json, "analyse", latency.Publish.Prepare);
            Stats(json, "apply", latency.Publish.Apply);
            Stats(json, "refresh", latency.Publish.Refresh);
            Stats(json, "search", latency.Publish.Search);
            Stats(json, "cpu", latency.Publish.Cpu);
            json.WriteEndObject();
            json.WritePropertyName("mix");
            Entry(json, latency.MixOurs, latency.MixRaw, latency.MixPlain, latency.MixCpu);
            json.WriteStartObject("answeredByPlain");
            Stats(json, "ours", latency.AnsweredOurs);
            Stats(json, "plain", latency.AnsweredPlain);
            json.WriteNumber("oursToPlainP50", Math.Round(latency.AnsweredOurs.P50 / latency.AnsweredPlain.P50, 3));
            json.WriteEndObject();
            json.WriteStartObject("queries");
            foreach (var m in latency.PerType)
            {
                json.WritePropertyName(m.Type);
                Entry(json, m.Ours, m.Raw, m.Plain, m.Cpu);
            }

            json.WriteEndObject();
            json.WriteNumber("segments", segments);
            json.WriteStartObject("stagesMs");
            foreach (var s in stages)
            {
                json.WriteStartObject(s.Type);
                json.WriteNumber("compile", Math.Round(s.Compile, 3));
                json.WriteNumber("countOnly", Math.Round(s.CountOnly, 3));
                json.WriteNumber("scored", Math.Round(s.Scored, 3));
                json.WriteNumber("singleValues", Math.Round(s.SingleValues, 3));
                json.WriteNumber("docValues", Math.Round(s.DocValues, 3));
                json.WriteNumber("collect", Math.Round(s.Collect, 3));
                json.WriteNumber("facts", Math.Round(s.Facts, 3));
                json.WriteNumber("texts", Math.Round(s.Texts, 3));
                json.WriteNumber("snippets", Math.Round(s.Snippets, 3));
                json.WriteNumber("others", Math.Round(s.Others, 3));
                json.WriteNumber("full", Math.Round(s.Full, 3));
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject("targets");
            foreach (var target in Targets())
            {
                json.WriteBoolean(target.Key, target.Met);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Entry(Utf8JsonWriter json, LatencyStats ours, LatencyStats raw, LatencyStats plain, IReadOnlyList<LatencyStats> cpu)
    {
        json.WriteStartObject();
        Stats(json, "ours", ours);
        Stats(json, "raw", raw);
        Stats(json, "plain", plain);
        json.WriteNumber("oursToRawP50", Math.Round(ours.P50 / raw.P50, 3));
        json.WriteNumber("oursToRawP95", Math.Round(ours.P95 / raw.P95, 3));
        json.WriteNumber("oursToPlainP50", Math.Round(ours.P50 / plain.P50, 3));
        json.WriteNumber("oursToPlainP95", Math.Round(ours.P95 / plain.P95, 3));
        json.WriteStartObject("cpu");
        Stats(json, "ours", cpu[0]);
        Stats(json, "raw", cpu[1]);
        Stats(json, "plain", cpu[2]);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Stats(Utf8JsonWriter json, string name, LatencyStats stats)
    {
        json.WriteStartObject(name);
        json.WriteNumber("p50", Math.Round(stats.P50, 3));
        json.WriteNumber("p95", Math.Round(stats.P95, 3));
        json.WriteNumber("p99", Math.Round(stats.P99, 3));
        json.WriteNumber("samples", stats.Count);
        json.WriteEndObject();
    }

    private static void Row(string name, CorpusRun run) =>
        Console.WriteLine(F($"| {name} | {run.PerSecond:F0} | {run.IndexSeconds:F1} | {run.SizeMb:F1} |"));

    private static string Cells(LatencyStats s) => F($"{s.P50:F2} | {s.P95:F2} | {s.P99:F2}");

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
