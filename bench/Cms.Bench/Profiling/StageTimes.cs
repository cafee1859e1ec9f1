namespace Cms.Bench.Profiling;

/// <summary>Median milliseconds of each stage of one search, measured one stage at a time.</summary>
internal sealed record StageTimes(
    string Type,
    string Match,
    double Compile,
    double CountAndFacets,
    double CountAndFacetsMatchFirst,
    double CountOnly,
    double HitsQuery,
    double HitsTopRows,
    double AlsoIn,
    double Snippets,
    double RawWithOurMatch,
    int MatchingRows);
