namespace Cms.Bench;

/// <summary>
/// One query type of the mix: what users type (rotated through when there are several) and, index for index, the
/// FTS5 MATCH the raw baseline runs for it (<see cref="Fts.FtsMatch"/>: the old compiler's expansion of the words).
/// </summary>
internal sealed record BenchQuery(string Type, IReadOnlyList<string> Queries, IReadOnlyList<string> RawMatches);
