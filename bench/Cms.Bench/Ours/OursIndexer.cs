using System.Diagnostics;
using Cms.Bench.Corpus;
using Cms.Search.Analysis;
using Cms.Search.Index;

namespace Cms.Bench.Ours;

/// <summary>
/// Builds our index as a rebuild does: stories (a story's translations together, as the generator emits them) are
/// prepared and added on <see cref="Threads"/> threads, a chunk at a time; generating the corpus is not timed, the
/// final commit and reopen are. Each thread keeps its memo of analysed words from chunk to chunk, as a rebuild does. Keeps every <c>sampleEvery</c>-th story for the publish probe.
/// </summary>
internal static class OursIndexer
{
    public const int Threads = 2;
    private const int ChunkDocs = 2_000;
    private const int WarmUpDocs = 10_000;

    /// <summary>Indexes a few thousand translations into a throwaway index first, so that the timed run measures the
    /// steady state of a process that has indexed before (as a running site has) rather than the compiler: tiered
    /// compilation otherwise spends seconds of the two cores' time inside the timed run.</summary>
    public static void WarmUp(Analyzers analyzers, CorpusGenerator generator, string scratch)
    {
        using (var index = SearchIndex.Open(scratch, createWithVersion: analyzers.Version))
        {
            Run(index, analyzers, generator, WarmUpDocs, int.MaxValue, []);
        }

        Directory.Delete(scratch, recursive: true);
    }

    public static CorpusRun Run(SearchIndex index, Analyzers analyzers, CorpusGenerator generator, int docs, int sampleEvery, List<List<SearchDocument>> samples)
    {
        var stats = new CorpusStats();
        var indexing = new Stopwatch();
        var cpu = TimeSpan.Zero;
        var gc = new GcTally();
        using var process = Process.GetCurrentProcess();
        var bulk = new BulkIndexer(index, Threads); // as a rebuild adds stories
        var chunk = new List<List<SearchDocument>>();
        var inChunk = 0;
        void Flush()
        {
            indexing.Start();
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            gc.Start();
            bulk.Add(chunk, (story, memo) => [.. story.Select(d => PreparedDocument.From(d, analyzers, memo))]);
            gc.Stop();
            process.Refresh();
            cpu += process.TotalProcessorTime - cpuStart;
            indexing.Stop();
            chunk.Clear();
            inChunk = 0;
        }

        var generating = Stopwatch.StartNew();
        foreach (var document in generator.Generate(docs))
        {
            if (stats.Add(document))
            {
                if (inChunk >= ChunkDocs)
                {
                    generating.Stop();
                    Flush();
                    generating.Start();
                }

                chunk.Add([]);
                if (stats.Stories % sampleEvery == 0)
                {
                    samples.Add(chunk[^1]);
                }
            }

            chunk[^1].Add(document);
            inChunk++;
        }

        generating.Stop();
        Flush();
        indexing.Start();
        process.Refresh();
        var commitStart = process.TotalProcessorTime;
        gc.Start();
        index.Advance(1);
        index.Commit();
        index.Refresh();
        gc.Stop();
        process.Refresh();
        cpu += process.TotalProcessorTime - commitStart;
        indexing.Stop();
        return new CorpusRun(stats, generating.Elapsed.TotalSeconds, indexing.Elapsed.TotalSeconds, DirectorySize.Megabytes(index.Path))
        {
            CpuSeconds = cpu.TotalSeconds,
            Gc = gc,
        };
    }
}
