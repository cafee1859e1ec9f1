namespace Cms.Bench.Latency;

/// <summary>Nearest-rank percentiles of a sample of latencies, in milliseconds.</summary>
internal sealed record LatencyStats(double P50, double P95, double P99, int Count)
{
    public static LatencyStats From(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0
            ? new LatencyStats(0, 0, 0, 0)
            : new LatencyStats(Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted.Length);
    }

    private static double Percentile(double[] sorted, double p)
    {
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
