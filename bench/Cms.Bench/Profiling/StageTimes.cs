namespace Cms.Bench.Profiling;

/// <summary>Median milliseconds of each stage of one of our searches (see <see cref="StageProfiler"/>).</summary>
internal sealed record StageTimes(string Type, double Compile, double CountOnly, double Collect, double Full)
{
    /// <summary>What the full search spends beyond compiling and collecting: the page's texts, snippets, other translations.</summary>
    public double Page => Math.Max(0, Full - Compile - Collect);
}
