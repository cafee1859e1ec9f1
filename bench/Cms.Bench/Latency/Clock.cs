using System.Diagnostics;

namespace Cms.Bench.Latency;

internal static class Clock
{
    public static double Milliseconds(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
