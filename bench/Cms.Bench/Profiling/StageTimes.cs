namespace Cms.Bench.Profiling;

/// <summary>Median milliseconds of each stage of one search, measured one stage at a time.</summary>
internal sealed record StageTimes(
    string Type,
    string Match,
    double Compile,
    double Candidates,
    double CandidatesWithBm25,
    double RawWithOurMatch,
    int MatchingRows);
