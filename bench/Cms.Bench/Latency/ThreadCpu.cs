using System.Runtime.InteropServices;

namespace Cms.Bench.Latency;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): on a shared, busy machine it shows what a
/// search costs without the time it waited for a core. Every engine here searches on the calling thread.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ThreadCpuTimeClock = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux() && Now() >= 0;

    /// <summary>Milliseconds of CPU this thread has used, or -1 where the clock is not available.</summary>
    public static double Now()
    {
        try
        {
            return clock_gettime(ThreadCpuTimeClock, out var time) == 0 ? time.Seconds * 1e3 + time.Nanoseconds / 1e6 : -1;
        }
        catch (DllNotFoundException)
        {
            return -1;
        }
        catch (EntryPointNotFoundException)
        {
            return -1;
        }
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
