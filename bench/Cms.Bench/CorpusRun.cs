using Cms.Bench.Corpus;

namespace Cms.Bench;

/// <summary>One pass over the generated corpus into one engine: what was generated, and how long indexing took.</summary>
internal sealed record CorpusRun(CorpusStats Corpus, double GenerateSeconds, double IndexSeconds, double SizeMb)
{
    /// <summary>CPU time of the whole process while indexing (all threads); 0 where not measured.</summary>
    public double CpuSeconds { get; init; }

    /// <summary>What the garbage collector did while indexing; null where not measured.</summary>
    public GcTally? Gc { get; init; }

    public double PerSecond => Corpus.Docs / IndexSeconds;
}
