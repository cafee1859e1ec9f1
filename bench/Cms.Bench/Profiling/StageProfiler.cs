using Cms.Bench.Latency;
using Cms.Search.Analysis;
using Cms.Search.Index;
using Cms.Search.Query;
using Cms.Search.Searching;
using Microsoft.Data.Sqlite;

namespace Cms.Bench.Profiling;

/// <summary>
/// Where the time of one search goes: compiling the query, the candidates statement <see cref="SearchEngine"/> runs
/// (copied here: the newest 1,001 matches, ranked), FTS5's own bm25() over the same matches for comparison, and the raw
/// baseline run with our compiled MATCH (the cost of query expansion alone).
/// </summary>
internal sealed class StageProfiler(SqliteConnection connection, Analyzers analyzers)
{
    private static readonly string CandidatesSql = $"""
        SELECT d.id, d.card, {SearchSchema.Rank}
        FROM search_fts CROSS JOIN search_doc d ON d.id = search_fts.rowid
        WHERE search_fts MATCH $match
        ORDER BY search_fts.rowid DESC
        LIMIT 1001
        """;

    private static readonly string CandidatesBm25Sql = CandidatesSql.Replace(SearchSchema.Rank, SearchSchema.Bm25, StringComparison.Ordinal);

    private readonly FtsQueryCompiler compiler = new(analyzers);

    public StageTimes Profile(BenchQuery query, int runs)
    {
        var text = query.Queries[0];
        var match = compiler.Compile(QueryParser.Parse(text).Root!).Match!;
        var ids = new List<long>(20);
        var matching = 0;
        return new StageTimes(
            query.Type,
            match,
            Median(runs, () => compiler.Compile(QueryParser.Parse(text).Root!)),
            Median(runs, () => Drain(CandidatesSql, match)),
            Median(runs, () => Drain(CandidatesBm25Sql, match)),
            Median(runs, () => matching = RawSearch.Run(connection, match, ids)),
            matching);
    }

    /// <summary>SQLite's plan of the candidates statement for one query.</summary>
    public List<string> Plans(BenchQuery query)
    {
        var match = compiler.Compile(QueryParser.Parse(query.Queries[0]).Root!).Match!;
        var lines = new List<string> { "candidates:" };
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + CandidatesSql;
        command.Parameters.AddWithValue("$match", match);
        using var reader = command.ExecuteReader();
        var depth = new Dictionary<long, int> { [0] = 0 };
        while (reader.Read())
        {
            var level = depth.GetValueOrDefault(reader.GetInt64(1)) + 1;
            depth[reader.GetInt64(0)] = level;
            lines.Add(new string(' ', 2 * level) + reader.GetString(3));
        }

        return lines;
    }

    private static double Median(int runs, Action action)
    {
        action();
        return LatencyStats.From(Enumerable.Range(0, runs).Select(_ => Clock.Milliseconds(action))).P50;
    }

    private void Drain(string sql, string match)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$match", match);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
        }
    }
}
