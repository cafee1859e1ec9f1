namespace Cms.Bench.Profiling;

/// <summary>Median milliseconds of each stage of one of our searches (see <see cref="StageProfiler"/>).</summary>
internal sealed record StageTimes(
    string Type, double Compile, double CountOnly, double Scored, double SingleValues, double DocValues, double Collect, double Facts, double Texts, double Snippets, double Others,
    double Full);
