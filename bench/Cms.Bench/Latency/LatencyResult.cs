namespace Cms.Bench.Latency;

/// <summary>Per query type and for the mix (all samples of all types together), and publish to searchable.</summary>
internal sealed record LatencyResult(
    IReadOnlyList<QueryMeasurement> PerType, LatencyStats MixOurs, LatencyStats MixRaw, LatencyStats MixPlain, LatencyStats Publish);
