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

    /// <summary>Wall time and the calling thread's CPU time of one run, in milliseconds.</summary>
    public static (double Wall, double Cpu) Both(Action action)
    {
        var cpu = ThreadCpu.Now();
        var start = Stopwatch.GetTimestamp();
        action();
        var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return (wall, ThreadCpu.Now() - cpu);
    }

    /// <summary>CPU milliseconds of the calling thread where that clock exists, else wall milliseconds.</summary>
    public static double Cpu(Action action) => ThreadCpu.Available ? Both(action).Cpu : Milliseconds(action);
}
