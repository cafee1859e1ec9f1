namespace Cms.Bench.Latency;

/// <summary>Latencies of one query type, ours and raw, with what the first of its queries found.</summary>
internal sealed record QueryMeasurement(
    string Type, string Query, LatencyStats Ours, LatencyStats Raw, int OursTotal, int OursHits, int RawTotal, bool FellBackToOr)
{
    public double RatioP95 => Ours.P95 / Raw.P95;
}
