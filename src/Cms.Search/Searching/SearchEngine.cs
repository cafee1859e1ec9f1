using System.Globalization;
using System.Text;
using Cms.Search.Analysis;
using Cms.Search.Index;
using Cms.Search.Query;
using Microsoft.Data.Sqlite;

namespace Cms.Search.Searching;

/// <summary>Runs queries against the index: ranked or dated hits, one per story, with facets and snippets.</summary>
public sealed class SearchEngine
{
    public const int MaxPageSize = 100;

    private readonly Analyzers analyzers;
    private readonly FtsQueryCompiler compiler;

    public SearchEngine(Analyzers analyzers)
    {
        this.analyzers = analyzers;
        compiler = new FtsQueryCompiler(analyzers);
    }

    /// <summary>Never throws for any query text: bad syntax degrades to words, no words to an empty result.</summary>
    public SearchResult Search(SqliteConnection connection, SearchRequest request)
    {
        var page = Math.Clamp(request.Page, 1, 1_000_000);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var parsed = QueryParser.Parse(request.Query);
        if (parsed.Root is null)
        {
            return SearchResult.Empty(page, pageSize, parsed.Warnings);
        }

        var compiled = compiler.Compile(parsed.Root);
        var filters = Filters.From(request, compiled.FieldFilters);
        if (compiled.Match is null)
        {
            return SearchResult.Empty(page, pageSize, parsed.Warnings);
        }

        var result = Execute(connection, compiled, filters, request.Sort, page, pageSize, parsed.Warnings);
        if (result.Total == 0 && compiled.CanFallBackToOr)
        {
            var any = compiler.Compile(parsed.Root, orInsteadOfAnd: true);
            if (any.Match is not null)
            {
                result = Execute(connection, any, filters, request.Sort, page, pageSize, parsed.Warnings) with { FellBackToOr = true };
            }
        }

        return result;
    }

    /// <summary>The FTS5 expression a query compiles to; for diagnostics and the benchmark's raw comparison.</summary>
    public string? Explain(string query) =>
        QueryParser.Parse(query).Root is { } root ? compiler.Compile(root).Match : null;

    private SearchResult Execute(
        SqliteConnection connection, CompiledQuery query, Filters filters, SearchSort sort, int page, int pageSize, IReadOnlyList<string> warnings)
    {
        var (total, facets) = CountAndFacets(connection, query.Match!, filters);
        if (total == 0 || (page - 1) * pageSize >= total)
        {
            return new SearchResult(total, page, pageSize, [], facets, false, warnings);
        }

        var hits = Hits(connection, query, filters, sort, page, pageSize);
        return new SearchResult(total, page, pageSize, hits, facets, false, warnings);
    }

    private List<SearchHit> Hits(SqliteConnection connection, CompiledQuery query, Filters filters, SearchSort sort, int page, int pageSize)
    {
        var order = sort == SearchSort.Date ? "r.published_at DESC, r.id DESC" : "r.score, r.id";
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH m AS (SELECT rowid AS id, {SearchSchema.Bm25} AS score FROM search_fts WHERE search_fts MATCH $match),
            r AS (
                SELECT d.id, d.published_at, m.score,
                       row_number() OVER (PARTITION BY d.story_key ORDER BY m.score, d.id) AS rn
                FROM m JOIN search_doc d ON d.id = m.id
                WHERE 1 = 1 {filters.Sql})
            SELECT d.story_key, d.language, d.title, d.slug, d.kind, d.published_at, d.summary, d.body, r.score
            FROM r JOIN search_doc d ON d.id = r.id
            WHERE r.rn = 1
            ORDER BY {order}
            LIMIT $take OFFSET $skip
            """;
        command.Parameters.AddWithValue("$match", query.Match);
        command.Parameters.AddWithValue("$take", pageSize);
        command.Parameters.AddWithValue("$skip", (page - 1) * pageSize);
        filters.Bind(command);

        var rows = new List<(string Key, string Language, string Title, string Slug, string Kind, DateTime At, string Summary, string Body, double Score)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((
                    reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    DateTime.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                    reader.GetString(6), reader.GetString(7), reader.GetDouble(8)));
            }
        }

        var others = OtherTranslations(connection, rows.Select(r => r.Key).ToList());
        return
        [
            .. rows.Select(r =>
            {
                var analyzer = analyzers.For(r.Language);
                var snippet = SnippetBuilder.Build(r.Body, analyzer, query.HighlightTerms, query.HighlightLooseKeys)
                    ?? SnippetBuilder.Build(r.Summary, analyzer, query.HighlightTerms, query.HighlightLooseKeys)
                    ?? SnippetBuilder.Plain(r.Summary.Length > 0 ? r.Summary : r.Body);
                var also = others.TryGetValue(r.Key, out var list)
                    ? list.Where(t => !string.Equals(t.Language, r.Language, StringComparison.Ordinal)).ToList()
                    : [];
                return new SearchHit(r.Key, r.Language, r.Title, r.Slug, r.Kind, r.At, snippet, Math.Round(-r.Score, 4), also);
            }),
        ];
    }

    private static Dictionary<string, List<HitTranslation>> OtherTranslations(SqliteConnection connection, List<string> keys)
    {
        var result = new Dictionary<string, List<HitTranslation>>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return result;
        }

        using var command = connection.CreateCommand();
        var names = keys.Select((_, i) => "$k" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        command.CommandText = $"SELECT story_key, language, slug FROM search_doc WHERE story_key IN ({string.Join(", ", names)}) ORDER BY language";
        for (var i = 0; i < keys.Count; i++)
        {
            command.Parameters.AddWithValue(names[i], keys[i]);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (!result.TryGetValue(key, out var list))
            {
                result[key] = list = [];
            }

            list.Add(new HitTranslation(reader.GetString(1), reader.GetString(2)));
        }

        return result;
    }

    private static (int Total, SearchFacets Facets) CountAndFacets(SqliteConnection connection, string match, Filters filters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH m AS MATERIALIZED (
                SELECT d.id, d.story_key, d.language, d.kind, d.year
                FROM search_fts JOIN search_doc d ON d.id = search_fts.rowid
                WHERE search_fts MATCH $match {filters.Sql})
            SELECT 'total', '', count(DISTINCT story_key) FROM m
            UNION ALL SELECT 'lang', language, count(DISTINCT story_key) FROM m GROUP BY language
            UNION ALL SELECT 'kind', kind, count(DISTINCT story_key) FROM m GROUP BY kind
            UNION ALL SELECT 'year', CAST(year AS TEXT), count(DISTINCT story_key) FROM m GROUP BY year
            UNION ALL SELECT f.facet, min(f.value), count(DISTINCT m.story_key) FROM m JOIN search_facet f ON f.doc_id = m.id GROUP BY f.facet, f.norm
            """;
        command.Parameters.AddWithValue("$match", match);
        filters.Bind(command);
        var total = 0;
        var buckets = new Dictionary<string, List<FacetCount>>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var facet = reader.GetString(0);
                var count = reader.GetInt32(2);
                if (facet == "total")
                {
                    total = count;
                    continue;
                }

                if (!buckets.TryGetValue(facet, out var list))
                {
                    buckets[facet] = list = [];
                }

                list.Add(new FacetCount(reader.GetString(1), count));
            }
        }

        List<FacetCount> Top(string facet, int limit) =>
            buckets.TryGetValue(facet, out var list)
                ? [.. list.OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).Take(limit)]
                : [];

        var years = buckets.TryGetValue("year", out var y) ? y.OrderByDescending(f => f.Value, StringComparer.Ordinal).ToList() : [];
        return (total, new SearchFacets(Top("lang", 10), Top("kind", 10), years, Top("place", 10), Top("tag", 10)));
    }

    /// <summary>The filters of one search as SQL over <c>search_doc d</c>, with their parameters.</summary>
    private sealed record Filters(string? Language, string? Kind, int? Year, string? Place, string? Tag)
    {
        public string Sql
        {
            get
            {
                var sql = new StringBuilder();
                if (Language is not null)
                {
                    sql.Append(" AND d.language = $lang");
                }

                if (Kind is not null)
                {
                    sql.Append(" AND d.kind = $kind");
                }

                if (Year is not null)
                {
                    sql.Append(" AND d.year = $year");
                }

                if (Place is not null)
                {
                    sql.Append(" AND d.id IN (SELECT doc_id FROM search_facet WHERE facet = 'place' AND norm = $place)");
                }

                if (Tag is not null)
                {
                    sql.Append(" AND d.id IN (SELECT doc_id FROM search_facet WHERE facet = 'tag' AND norm = $tag)");
                }

                return sql.ToString();
            }
        }

        public static Filters From(SearchRequest request, IReadOnlyDictionary<string, string> fields) => new(
            Clean(request.Language ?? fields.GetValueOrDefault("lang"))?.ToLowerInvariant(),
            Clean(request.Kind ?? fields.GetValueOrDefault("kind"))?.ToLowerInvariant(),
            request.Year,
            Clean(request.Place ?? fields.GetValueOrDefault("place")) is { } place ? SearchIndexWriter.FacetNorm(place) : null,
            Clean(request.Tag ?? fields.GetValueOrDefault("tag")) is { } tag ? SearchIndexWriter.FacetNorm(tag) : null);

        public void Bind(SqliteCommand command)
        {
            if (Language is not null)
            {
                command.Parameters.AddWithValue("$lang", Language);
            }

            if (Kind is not null)
            {
                command.Parameters.AddWithValue("$kind", Kind);
            }

            if (Year is not null)
            {
                command.Parameters.AddWithValue("$year", Year.Value);
            }

            if (Place is not null)
            {
                command.Parameters.AddWithValue("$place", Place);
            }

            if (Tag is not null)
            {
                command.Parameters.AddWithValue("$tag", Tag);
            }
        }

        private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
