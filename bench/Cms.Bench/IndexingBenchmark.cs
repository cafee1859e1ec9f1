using System.Globalization;
using Cms.Bench.Corpus;
using Cms.Bench.Ours;
using Cms.Bench.Profiling;
using Cms.Search.Analysis;
using Cms.Search.Index;

namespace Cms.Bench;

/// <summary>Indexing alone, into our index only: the rate on <see cref="OursIndexer.Threads"/> threads, the CPU it
/// took (steadier than wall time on a busy machine), and where one thread's time goes. Quick enough to profile.</summary>
internal static class IndexingBenchmark
{
    public static void Run(string shared, int docs)
    {
        var analyzers = new Analyzers();
        var vocabularies = Vocabulary.LoadAll(shared);
        var directory = Directory.CreateTempSubdirectory("cms-bench-index-");
        try
        {
            OursIndexer.WarmUp(analyzers, new CorpusGenerator(vocabularies), Path.Combine(directory.FullName, "warm-up"));
            using var index = SearchIndex.Open(Path.Combine(directory.FullName, "ours"), createWithVersion: analyzers.Version);
            var run = OursIndexer.Run(index, analyzers, new CorpusGenerator(vocabularies), docs, int.MaxValue, []);
            var sample = new CorpusGenerator(vocabularies).Generate(Math.Min(docs, 10_000)).ToList();
            var stages = IndexingProfiler.Run(Path.Combine(directory.FullName, "profile"), analyzers, sample);
            Console.WriteLine(F($"indexing {run.Corpus.Docs} translations, {OursIndexer.Threads} threads: {run.PerSecond:F0}/s, {run.CpuSeconds:F1} CPU-seconds, {run.Corpus.Docs / run.CpuSeconds:F0} per CPU-second, {run.SizeMb:F1} MB"));
            Console.WriteLine("  " + run.Gc!.Describe(run.Corpus.Docs));
            foreach (var (_, stage, perSecond) in stages)
            {
                Console.WriteLine(F($"  one thread, {stage}: {perSecond:F0}/s"));
            }

            Console.WriteLine(F($$"""{"docs":{{run.Corpus.Docs}},"perSecond":{{run.PerSecond:F0}},"perCpuSecond":{{run.Corpus.Docs / run.CpuSeconds:F0}},"sizeMb":{{run.SizeMb:F1}}}"""));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
