using System.Globalization;

namespace Cms.Bench;

/// <summary>Allocations, collections and pause time of the whole process, summed over the timed stretches between
/// <see cref="Start"/> and <see cref="Stop"/> (the untimed corpus generation in between is left out).</summary>
internal sealed class GcTally
{
    private long allocated;
    private TimeSpan paused;
    private readonly int[] collections = new int[3];
    private (long Allocated, TimeSpan Paused, int[] Collections) start = (0, TimeSpan.Zero, []);

    public void Start() => start = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration(), [.. Enumerable.Range(0, 3).Select(GC.CollectionCount)]);

    public void Stop()
    {
        allocated += GC.GetTotalAllocatedBytes() - start.Allocated;
        paused += GC.GetTotalPauseDuration() - start.Paused;
        for (var generation = 0; generation < collections.Length; generation++)
        {
            collections[generation] += GC.CollectionCount(generation) - start.Collections[generation];
        }
    }

    /// <summary>E.g. "9.1 KB allocated per translation, collections 120/30/2 (gen 0/1/2), paused 1.2 s, server GC".</summary>
    public string Describe(int docs) => string.Create(
        CultureInfo.InvariantCulture,
        $"{allocated / 1024.0 / docs:F1} KB allocated per translation, collections {collections[0]}/{collections[1]}/{collections[2]} (gen 0/1/2), paused {paused.TotalSeconds:F2} s, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC");
}
