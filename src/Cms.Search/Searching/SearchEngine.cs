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

    /// <summary>Totals and facets are exact up to this many matching translations; beyond it they describe the
    /// first this many and the total is a lower bound ("1,000+").</summary>
    public const int CandidateCap = 1000;

    private const int MaxRankedRows = 20_000;

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

        var result = Execute(connection, compiled, filters, request.Sort, page, pageSize, parsed.Warnings, parsed.Root, orInsteadOfAnd: false);
        if (result.Total == 0 && compiled.CanFallBackToOr)
        {
            var any = compiler.Compile(parsed.Root, orInsteadOfAnd: true);
            if (any.Match is not null)
            {
                result = Execute(connection, any, filters, request.Sort, page, pageSize, parsed.Warnings, parsed.Root, orInsteadOfAnd: true) with { FellBackToOr = true };
            }
        }

        return result;
    }

    /// <summary>The FTS5 expression a query compiles to; for diagnostics and the benchmark's raw comparison.</summary>
    public string? Explain(string query) =>
        QueryParser.Parse(query).Root is { } root ? compiler.Compile(root).Match : null;

    private SearchResult Execute(
        SqliteConnection connection, CompiledQuery query, Filters filters, SearchSort sort, int page, int pageSize, IReadOnlyList<string> warnings,
        QueryNode root, bool orInsteadOfAnd)
    {
        var candidates = Candidates(connection, query.Match!, filters);
        var isLowerBound = candidates.Count > CandidateCap;
        if (isLowerBound)
        {
            candidates.RemoveAt(candidates.Count - 1);
        }

        var total = candidates.Select(c => c.StoryKey).Distinct(StringComparer.Ordinal).Count();
        var facets = Facets(connection, candidates);
        if (total == 0 || (page - 1) * pageSize >= total)
        {
            return new SearchResult(total, page, pageSize, [], facets, false, warnings) { TotalIsLowerBound = isLowerBound };
        }

        // A very common word matches thousands of bodies, and FTS5 would score every one of them: rank the
        // matches in titles, summaries and shared fields first, and fall back to everything when too few.
        var needed = page * pageSize;
        if (!isLowerBound)
        {
            // Every match is a candidate, already scored: no second pass over FTS5.
            var ordered = sort == SearchSort.Date
                ? candidates.OrderByDescending(c => c.PublishedAt, StringComparer.Ordinal).ThenByDescending(c => c.Id)
                : candidates.OrderBy(c => c.Score).ThenBy(c => c.Id);
            var all = ordered.Select(c => new HitRow(c.Id, c.StoryKey, c.Score)).ToList();
            return new SearchResult(total, page, pageSize, Hits(connection, query, all, page, pageSize), facets, false, warnings);
        }

        List<HitRow>? rows = null;
        if (isLowerBound && sort == SearchSort.Relevance && compiler.Compile(root, orInsteadOfAnd, headlinesOnly: true).Match is { } headlines)
        {
            rows = TopRows(connection, headlines, filters, sort, needed);
        }

        if (rows is null || rows.Select(r => r.StoryKey).Distinct(StringComparer.Ordinal).Count() < needed)
        {
            rows = TopRows(connection, query.Match!, filters, sort, needed);
        }

        var hits = Hits(connection, query, rows, page, pageSize);
        return new SearchResult(total, page, pageSize, hits, facets, false, warnings) { TotalIsLowerBound = isLowerBound };
    }

    /// <summary>Up to <see cref="CandidateCap"/> + 1 matching translations, unscored: enough for exact totals and
    /// facets of every ordinary query, and a bounded cost for a word that is everywhere.</summary>
    private static List<Candidate> Candidates(SqliteConnection connection, string match, Filters filters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT d.id, d.story_key, d.language, d.kind, d.year, d.published_at, {SearchSchema.Bm25}
            FROM search_fts CROSS JOIN search_doc d ON d.id = search_fts.rowid
            WHERE search_fts MATCH $match {filters.Sql}
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", CandidateCap + 1);
        filters.Bind(command);
        var candidates = new List<Candidate>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            candidates.Add(new Candidate(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetString(5), reader.GetDouble(6)));
        }

        return candidates;
    }

    private static SearchFacets Facets(SqliteConnection connection, List<Candidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return SearchFacets.None;
        }

        static List<FacetCount> Count(IEnumerable<(string Value, string Story)> pairs, int limit) =>
        [
            .. pairs.GroupBy(p => p.Value, StringComparer.Ordinal)
                .Select(g => new FacetCount(g.Key, g.Select(p => p.Story).Distinct(StringComparer.Ordinal).Count()))
                .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).Take(limit),
        ];

        var storyOf = candidates.ToDictionary(c => c.Id, c => c.StoryKey);
        var places = new List<(string, string)>();
        var tags = new List<(string, string)>();
        using (var command = connection.CreateCommand())
        {
            // CROSS JOIN keeps SQLite from scanning the whole facet table for a handful of documents.
            command.CommandText = "SELECT f.doc_id, f.facet, f.value FROM json_each($ids) AS j CROSS JOIN search_facet AS f ON f.doc_id = j.value";
            command.Parameters.AddWithValue("$ids", "[" + string.Join(',', storyOf.Keys) + "]");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var pair = (reader.GetString(2), storyOf[reader.GetInt64(0)]);
                (reader.GetString(1) == "place" ? places : tags).Add(pair);
            }
        }

        var years = Count(candidates.Select(c => (c.Year.ToString(CultureInfo.InvariantCulture), c.StoryKey)), 50)
            .OrderByDescending(f => f.Value, StringComparer.Ordinal).ToList();
        return new SearchFacets(
            Count(candidates.Select(c => (c.Language, c.StoryKey)), 10),
            Count(candidates.Select(c => (c.Kind, c.StoryKey)), 10),
            years,
            Count(places, 10),
            Count(tags, 10));
    }

    /// <summary>The best-ranked (or newest) matching translations, enough to fill the page with distinct stories.</summary>
    private static List<HitRow> TopRows(SqliteConnection connection, string match, Filters filters, SearchSort sort, int neededStories)
    {
        var limit = (neededStories * 3) + 10;
        while (true)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sort == SearchSort.Date
                ? $"""
                    SELECT d.id, d.story_key, {SearchSchema.Bm25} AS score
                    FROM search_fts CROSS JOIN search_doc d ON d.id = search_fts.rowid
                    WHERE search_fts MATCH $match {filters.Sql}
                    ORDER BY d.published_at DESC, d.id DESC
                    LIMIT $limit
                    """
                : $"""
                    SELECT d.id, d.story_key, m.score
                    FROM (SELECT rowid AS id, {SearchSchema.Bm25} AS score FROM search_fts WHERE search_fts MATCH $match ORDER BY score LIMIT $limit) m
                    CROSS JOIN search_doc d ON d.id = m.id
                    WHERE 1 = 1 {filters.Sql}
                    ORDER BY m.score, d.id
                    """;
            command.Parameters.AddWithValue("$match", match);
            command.Parameters.AddWithValue("$limit", limit);
            filters.Bind(command);
            var rows = new List<HitRow>();
            var scanned = 0;
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    rows.Add(new HitRow(reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2)));
                    scanned++;
                }
            }

            var enough = rows.Select(r => r.StoryKey).Distinct(StringComparer.Ordinal).Count() >= neededStories;
            if (enough || sort == SearchSort.Date || limit >= MaxRankedRows)
            {
                return rows;
            }

            // Filters or several translations per story used up the rows: look further down the ranking.
            limit *= 4;
        }
    }

    private List<SearchHit> Hits(SqliteConnection connection, CompiledQuery query, List<HitRow> rows, int page, int pageSize)
    {
        var best = rows.GroupBy(r => r.StoryKey, StringComparer.Ordinal).Select(g => g.First())
            .Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var documents = new Dictionary<long, (string Language, string Title, string Slug, string Kind, DateTime At, string Summary, string Body)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT d.id, d.language, d.title, d.slug, d.kind, d.published_at, d.summary, d.body FROM json_each($ids) AS j CROSS JOIN search_doc AS d ON d.id = j.value";
            command.Parameters.AddWithValue("$ids", "[" + string.Join(',', best.Select(b => b.Id)) + "]");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                documents[reader.GetInt64(0)] = (
                    reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    DateTime.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                    reader.GetString(6), reader.GetString(7));
            }
        }

        var others = OtherTranslations(connection, [.. best.Select(b => b.StoryKey)]);
        return
        [
            .. best.Select(b =>
            {
                var d = documents[b.Id];
                var analyzer = analyzers.For(d.Language);
                var snippet = SnippetBuilder.Build(d.Body, analyzers.Neutral, analyzer, query.HighlightTerms, query.HighlightLooseKeys)
                    ?? SnippetBuilder.Build(d.Summary, analyzers.Neutral, analyzer, query.HighlightTerms, query.HighlightLooseKeys)
                    ?? SnippetBuilder.Plain(d.Summary.Length > 0 ? d.Summary : d.Body);
                var also = others.TryGetValue(b.StoryKey, out var list)
                    ? list.Where(t => !string.Equals(t.Language, d.Language, StringComparison.Ordinal)).ToList()
                    : [];
                return new SearchHit(b.StoryKey, d.Language, d.Title, d.Slug, d.Kind, d.At, snippet, Math.Round(-b.Score, 4), also);
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

    private sealed record Candidate(long Id, string StoryKey, string Language, string Kind, int Year, string PublishedAt, double Score);

    private sealed record HitRow(long Id, string StoryKey, double Score);

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
