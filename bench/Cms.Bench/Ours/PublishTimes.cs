using Cms.Bench.Latency;

namespace Cms.Bench.Ours;

/// <summary>Percentiles of the publishes, of the whole and of each part.</summary>
internal sealed record PublishTimes(LatencyStats Total, LatencyStats Prepare, LatencyStats Apply, LatencyStats Refresh, LatencyStats Search, LatencyStats Cpu)
{
    public static PublishTimes From(IReadOnlyList<PublishTime> times) => new(
        LatencyStats.From(times.Select(t => t.Total)),
        LatencyStats.From(times.Select(t => t.Prepare)),
        LatencyStats.From(times.Select(t => t.Apply)),
        LatencyStats.From(times.Select(t => t.Refresh)),
        LatencyStats.From(times.Select(t => t.Search)),
        LatencyStats.From(times.Select(t => t.Cpu)));
}
