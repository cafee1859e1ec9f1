namespace Cms.Bench.Latency;

/// <summary>Latencies of one query type for each engine, with what the first of its queries found: ours in stories
/// and translations, raw in matching rows (translations), plain Lucene in matching documents (translations). <see cref="Cpu"/>: the searching thread's CPU time of ours, raw and plain.</summary>
internal sealed record QueryMeasurement(
    string Type,
    string Query,
    string RawMatch,
    LatencyStats Ours,
    LatencyStats Raw,
    LatencyStats Plain,
    IReadOnlyList<LatencyStats> Cpu,
    int OursStories,
    int OursTranslations,
    bool FellBackToOr,
    int RawRows,
    int PlainTotal);
