namespace Cms.Bench.Latency;

/// <summary>Latencies of one query type for each engine, with what the first of its queries found: ours in stories
/// and translations, raw in matching rows (translations), plain Lucene in matching documents (translations).</summary>
internal sealed record QueryMeasurement(
    string Type,
    string Query,
    string RawMatch,
    LatencyStats Ours,
    LatencyStats Raw,
    LatencyStats Plain,
    int OursStories,
    int OursTranslations,
    bool FellBackToOr,
    int RawRows,
    int PlainTotal);
