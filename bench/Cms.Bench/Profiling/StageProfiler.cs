using Cms.Bench.Latency;
using Cms.Search.Analysis;
using Cms.Search.Index;
using Cms.Search.Query;
using Cms.Search.Searching;
using Microsoft.Data.Sqlite;

namespace Cms.Bench.Profiling;

/// <summary>
/// Where the time of one search goes: the same statements <see cref="SearchEngine"/> runs (copied here, without
/// filters, relevance order, first page) timed one at a time, plus the snippets over the page's rows, plus the raw
/// baseline run with our compiled MATCH (the cost of query expansion alone).
/// </summary>
internal sealed class StageProfiler(SqliteConnection connection, Analyzers analyzers)
{
    private const string CountAndFacetsSql = """
        WITH m AS MATERIALIZED (
            SELECT d.id, d.story_key, d.language, d.kind, d.year
            FROM search_fts JOIN search_doc d ON d.id = search_fts.rowid
            WHERE search_fts MATCH $match)
        SELECT 'total', '', count(DISTINCT story_key) FROM m
        UNION ALL SELECT 'lang', language, count(DISTINCT story_key) FROM m GROUP BY language
        UNION ALL SELECT 'kind', kind, count(DISTINCT story_key) FROM m GROUP BY kind
        UNION ALL SELECT 'year', CAST(year AS TEXT), count(DISTINCT story_key) FROM m GROUP BY year
        UNION ALL SELECT f.facet, min(f.value), count(DISTINCT m.story_key) FROM m JOIN search_facet f ON f.doc_id = m.id GROUP BY f.facet, f.norm
        """;

    /// <summary>A candidate fix: the facet join driven from the matches (CROSS JOIN fixes the order), not a scan of search_facet.</summary>
    private static readonly string CountAndFacetsMatchFirstSql = CountAndFacetsSql.Replace(
        "FROM m JOIN search_facet f", "FROM m CROSS JOIN search_facet f", StringComparison.Ordinal);

    private const string CountOnlySql = """
        SELECT count(DISTINCT d.story_key) FROM search_fts JOIN search_doc d ON d.id = search_fts.rowid
        WHERE search_fts MATCH $match
        """;

    private static readonly string HitsSql = $"""
        WITH m AS (SELECT rowid AS id, {SearchSchema.Bm25} AS score FROM search_fts WHERE search_fts MATCH $match),
        r AS (
            SELECT d.id, d.published_at, m.score,
                   row_number() OVER (PARTITION BY d.story_key ORDER BY m.score, d.id) AS rn
            FROM m JOIN search_doc d ON d.id = m.id)
        SELECT d.story_key, d.language, d.summary, d.body
        FROM r JOIN search_doc d ON d.id = r.id
        WHERE r.rn = 1
        ORDER BY r.score, r.id
        LIMIT 20
        """;

    /// <summary>A candidate fix: rank in FTS5 first and collapse stories over the best 3 × 20 rows only (≤ 3 translations a story).</summary>
    private static readonly string HitsTopRowsSql = HitsSql.Replace(
        "WHERE search_fts MATCH $match)", "WHERE search_fts MATCH $match ORDER BY score LIMIT 60)", StringComparison.Ordinal);

    private readonly FtsQueryCompiler compiler = new(analyzers);

    public StageTimes Profile(BenchQuery query, int runs)
    {
        var text = query.Queries[0];
        var compiled = compiler.Compile(QueryParser.Parse(text).Root!);
        var match = compiled.Match!;
        var rows = new List<(string Key, string Language, string Summary, string Body)>();
        var ids = new List<long>(20);
        var matching = 0;
        return new StageTimes(
            query.Type,
            match,
            Median(runs, () => compiler.Compile(QueryParser.Parse(text).Root!)),
            Median(runs, () => Drain(CountAndFacetsSql, match)),
            Median(runs, () => Drain(CountAndFacetsMatchFirstSql, match)),
            Median(runs, () => Drain(CountOnlySql, match)),
            Median(runs, () => rows = Hits(match)),
            Median(runs, () => Drain(HitsTopRowsSql, match)),
            Median(runs, () => AlsoIn(rows.Select(r => r.Key).Distinct(StringComparer.Ordinal).ToList())),
            Median(runs, () => Snippets(rows, compiled)),
            Median(runs, () => matching = RawSearch.Run(connection, match, ids)),
            matching);
    }

    /// <summary>SQLite's query plans of the count-and-facets and hits statements for one query.</summary>
    public List<string> Plans(BenchQuery query)
    {
        var match = compiler.Compile(QueryParser.Parse(query.Queries[0]).Root!).Match!;
        var lines = new List<string>();
        foreach (var (name, sql) in new[] { ("count + facets", CountAndFacetsSql), ("hits", HitsSql) })
        {
            lines.Add(name + ":");
            using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            command.Parameters.AddWithValue("$match", match);
            using var reader = command.ExecuteReader();
            var depth = new Dictionary<long, int> { [0] = 0 };
            while (reader.Read())
            {
                var level = depth.GetValueOrDefault(reader.GetInt64(1)) + 1;
                depth[reader.GetInt64(0)] = level;
                lines.Add(new string(' ', 2 * level) + reader.GetString(3));
            }
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

    private List<(string Key, string Language, string Summary, string Body)> Hits(string match)
    {
        using var command = connection.CreateCommand();
        command.CommandText = HitsSql;
        command.Parameters.AddWithValue("$match", match);
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    private void AlsoIn(List<string> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        using var command = connection.CreateCommand();
        var names = keys.Select((_, i) => "$k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        command.CommandText = $"SELECT story_key, language, slug FROM search_doc WHERE story_key IN ({string.Join(", ", names)}) ORDER BY language";
        for (var i = 0; i < keys.Count; i++)
        {
            command.Parameters.AddWithValue(names[i], keys[i]);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
        }
    }

    private void Snippets(List<(string Key, string Language, string Summary, string Body)> rows, CompiledQuery compiled)
    {
        foreach (var row in rows)
        {
            var analyzer = analyzers.For(row.Language);
            _ = SnippetBuilder.Build(row.Body, analyzers.Neutral, analyzer, compiled.HighlightTerms, compiled.HighlightLooseKeys)
                ?? SnippetBuilder.Build(row.Summary, analyzers.Neutral, analyzer, compiled.HighlightTerms, compiled.HighlightLooseKeys)
                ?? SnippetBuilder.Plain(row.Summary);
        }
    }
}
