using System.Diagnostics;
using System.Globalization;
using Cms.Bench.Corpus;
using Cms.Bench.Fts;
using Cms.Bench.Latency;
using Cms.Bench.Ours;
using Cms.Bench.Plain;
using Cms.Bench.Profiling;
using Cms.Search.Analysis;
using Cms.Search.Index;
using Cms.Search.Searching;
using Microsoft.Data.Sqlite;

namespace Cms.Bench;

/// <summary>
/// The <c>search</c> verb: generate the corpus and index it into ours first (so the first peak is ours alone), then
/// into the texts table, the raw FTS5 baseline and plain Lucene.Net; pick queries; time the three interleaved with
/// publishes; profile our stages; report.
/// </summary>
internal static class SearchBenchmark
{
    public const string OursDirectory = "ours";
    public const string TextsFile = "texts.db";
    public const string FtsFile = "fts.db";
    private const string PlainDirectory = "plain";
    private const int Warmup = 20;
    private const int ProfileRuns = 50;
    private const int Publishes = 200;
    private const int IndexingSample = 10_000;

    /// <param name="keep">Where to write the indexes and keep them afterwards, for the <c>query</c> and <c>sql</c>
    /// verbs; null for a scratch directory that is deleted.</param>
    public static void Run(string shared, int docs, int runs, string? keep)
    {
        var analyzers = new Analyzers();
        var vocabularies = Vocabulary.LoadAll(shared);
        var directory = keep is null ? Directory.CreateTempSubdirectory("cms-bench-") : Directory.CreateDirectory(keep);
        var path = (string name) => Path.Combine(directory.FullName, name);
        if (keep is not null && directory.EnumerateFileSystemInfos().Any())
        {
            throw new BenchException($"'{keep}' is not empty: --keep needs a new or empty directory");
        }

        using var host = new SearchIndexHost();
        try
        {
            Console.Error.WriteLine($"indexing {docs} generated translations into ours ({path(OursDirectory)}), after a warm-up …");
            OursIndexer.WarmUp(analyzers, new CorpusGenerator(vocabularies), path("warm-up"));
            var index = SearchIndex.Open(path(OursDirectory), createWithVersion: analyzers.Version);
            host.Replace(index);
            host.MayBeIncomplete = false;
            var samples = new List<List<SearchDocument>>();
            var ours = OursIndexer.Run(index, analyzers, new CorpusGenerator(vocabularies), docs, Math.Max(1, docs / 1_000), samples);
            var peakIndexingMb = PeakMb();
            Console.Error.WriteLine(F($"ours: {ours.IndexSeconds:F1} s; texts, FTS5 and plain Lucene.Net …"));
            var (texts, fts, plain) = PeerIndexer.Run(
                path(TextsFile), path(FtsFile), path(PlainDirectory), analyzers, new CorpusGenerator(vocabularies), docs);

            using var textsConnection = Database.Open(path(TextsFile));
            using var ftsConnection = Database.Open(path(FtsFile));
            using var plainSearch = new PlainSearch(path(PlainDirectory));
            var hitTexts = new SqliteHitTexts(textsConnection);
            var engine = new SearchEngine(analyzers, host);
            var queries = new QueryPicker(ftsConnection, analyzers, vocabularies).Pick();
            var publish = new PublishProbe(index, engine, analyzers, hitTexts, Spread(samples, Publishes));
            Console.Error.WriteLine("timing queries …");
            var latency = LatencyRun.Run(new Engines(engine, hitTexts, ftsConnection, plainSearch), publish, queries, Warmup, runs, Publishes);
            Console.Error.WriteLine("profiling our stages …");
            var profiler = new StageProfiler(analyzers, engine, host, hitTexts);
            var stages = queries.Select(q => profiler.Profile(q, ProfileRuns)).ToList();
            var segments = host.Search(searcher => (object)searcher.IndexReader.Leaves.Count) as int? ?? 0;
            var peakMb = PeakMb();
            Console.Error.WriteLine("profiling indexing …");
            var sample = new CorpusGenerator(vocabularies).Generate(Math.Min(docs, IndexingSample)).ToList();
            var indexing = IndexingProfiler.Run(path("profile"), analyzers, sample);
            var report = new BenchReport(ours, texts, fts, plain, peakIndexingMb, peakMb, latency, stages, segments, indexing, runs, Warmup);
            report.Print();
        }
        finally
        {
            host.Replace(null);
            SqliteConnection.ClearAllPools();
            if (keep is null)
            {
                directory.Delete(recursive: true);
            }
        }
    }

    private static List<List<SearchDocument>> Spread(List<List<SearchDocument>> samples, int count) =>
        samples.Count <= count ? samples : [.. Enumerable.Range(0, count).Select(i => samples[i * samples.Count / count])];

    private static double PeakMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1024d / 1024d;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
