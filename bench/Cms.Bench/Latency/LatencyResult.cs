using Cms.Bench.Ours;

namespace Cms.Bench.Latency;

/// <summary>Per query type and for the mix (all samples of all types together), wall time and, for ours, raw and
/// plain in that order, the searching thread's CPU time; and publish to searchable.</summary>
internal sealed record LatencyResult(
    IReadOnlyList<QueryMeasurement> PerType,
    LatencyStats MixOurs,
    LatencyStats MixRaw,
    LatencyStats MixPlain,
    IReadOnlyList<LatencyStats> MixCpu,
    PublishTimes Publish);
