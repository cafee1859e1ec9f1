using System.Diagnostics;
using System.Globalization;
using Cms.Bench.Corpus;
using Cms.Bench.Latency;
using Cms.Bench.Profiling;
using Cms.Search.Analysis;
using Cms.Search.Index;
using Cms.Search.Searching;
using Microsoft.Data.Sqlite;

namespace Cms.Bench;

/// <summary>The <c>search</c> verb: generate, index, pick queries, time ours against raw FTS5, profile, report.</summary>
internal static class SearchBenchmark
{
    private const int Warmup = 20;
    private const int ProfileRuns = 50;

    /// <param name="keep">Where to write the database and keep it afterwards, for exploring with the <c>sql</c> verb;
    /// null for a scratch directory that is deleted.</param>
    public static void Run(string shared, int docs, int runs, string? keep)
    {
        var analyzers = new Analyzers();
        var vocabularies = Vocabulary.LoadAll(shared);
        var directory = keep is null ? Directory.CreateTempSubdirectory("cms-bench-") : Directory.CreateDirectory(keep);
        var path = Path.Combine(directory.FullName, "search.db");
        try
        {
            Console.Error.WriteLine($"indexing {docs} generated translations into {path} …");
            var indexing = CorpusIndexer.Run(path, new SearchIndex(analyzers), new CorpusGenerator(vocabularies), docs);

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indexed in {indexing.IndexSeconds:F1} s"));
            using var connection = Database.Open(path);
            var engine = new SearchEngine(analyzers);
            var queries = new QueryPicker(connection, analyzers, engine, vocabularies).Pick();
            Console.Error.WriteLine("timing queries …");
            var (perType, mixOurs, mixRaw) = LatencyRun.Run(connection, engine, queries, Warmup, runs);
            Console.Error.WriteLine("profiling stages …");
            var profiler = new StageProfiler(connection, analyzers);
            var stages = queries.Select(q => profiler.Profile(q, ProfileRuns)).ToList();
            var plans = profiler.Plans(queries.First(q => q.Type == "common word"));
            var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024d / 1024d;
            Console.Error.WriteLine("profiling indexing …");
            var sample = new CorpusGenerator(vocabularies).Generate(Math.Min(docs, 10_000)).ToList();
            var indexingProfile = IndexingProfiler.Run(directory.FullName, analyzers, sample);

            BenchReport.Print(indexing, indexingProfile, peakMb, perType, mixOurs, mixRaw, stages, plans, runs, Warmup);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (keep is null)
            {
                directory.Delete(recursive: true);
            }
        }
    }
}
