namespace Cms.Bench;

/// <summary>
/// One query type of the mix: what users type (rotated through when there are several) and, index for index,
/// the hand-written FTS5 MATCH of the analysed term(s) that the raw baseline runs.
/// </summary>
internal sealed record BenchQuery(string Type, IReadOnlyList<string> Queries, IReadOnlyList<string> RawMatches);
