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
    PublishTimes Publish)
{
    /// <summary>The query types plain Lucene.Net finds something for, and ours and plain over those only.</summary>
    public IReadOnlyList<string> AnsweredByPlain { get; init; } = [];

    public LatencyStats AnsweredOurs { get; init; } = LatencyStats.From([]);

    public LatencyStats AnsweredPlain { get; init; } = LatencyStats.From([]);
}
