namespace Cms.Search.Query;

/// <summary>The result of <see cref="QueryParser.Parse"/>: <paramref name="Root"/> is null when nothing searchable was typed.</summary>
public sealed record ParsedQuery(QueryNode? Root, IReadOnlyList<string> Warnings);
