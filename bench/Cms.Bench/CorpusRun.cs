using Cms.Bench.Corpus;

namespace Cms.Bench;

/// <summary>One pass over the generated corpus into one engine: what was generated, and how long indexing took.</summary>
internal sealed record CorpusRun(CorpusStats Corpus, double GenerateSeconds, double IndexSeconds, double SizeMb)
{
    public double PerSecond => Corpus.Docs / IndexSeconds;
}
