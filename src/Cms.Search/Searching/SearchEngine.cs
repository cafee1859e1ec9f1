using System.Globalization;
using System.Text;
using Cms.Search.Analysis;
using Cms.Search.Index;
using Cms.Search.Query;
using Cms.Search.Searching.Ranking;
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
        IReadOnlyList<string> warnings = [.. parsed.Warnings.Union(compiled.Warnings, StringComparer.Ordinal)];
        if (compiled.Match is null)
        {
            return SearchResult.Empty(page, pageSize, warnings);
        }

        var result = Execute(connection, compiled, filters, request.Sort, page, pageSize, warnings);
        if (result.Total == 0 && compiled.CanFallBackToOr)
        {
            var any = compiler.Compile(parsed.Root, orInsteadOfAnd: true);
            if (any.Match is not null)
            {
                result = Execute(connection, any, filters, request.Sort, page, pageSize, warnings) with { FellBackToOr = true };
            }
        }

        return result;
    }

    /// <summary>The FTS5 expression a query compiles to; for diagnostics and the benchmark's raw comparison.</summary>
    public string? Explain(string query) => Compile(query)?.Match;

    /// <summary>The whole compiled query, or null when nothing searchable was typed.</summary>
    internal CompiledQuery? Compile(string query) =>
        QueryParser.Parse(query).Root is { } root ? compiler.Compile(root) : null;

    private SearchResult Execute(
        SqliteConnection connection, CompiledQuery query, Filters filters, SearchSort sort, int page, int pageSize, IReadOnlyList<string> warnings)
    {
        var match = query.Match!;
        var candidates = WithRankFunction(connection, () => Candidates(connection, match, filters));
        var isLowerBound = candidates.Count > CandidateCap;
        if (isLowerBound)
        {
            candidates.RemoveAt(candidates.Count - 1);
        }

        var total = candidates.Select(c => c.Card.StoryKey).Distinct(StringComparer.Ordinal).Count();
        var facets = Facets(candidates);
        if (total == 0 || (!isLowerBound && (page - 1) * pageSize >= total))
        {
            return new SearchResult(total, page, pageSize, [], facets, false, warnings) { TotalIsLowerBound = isLowerBound };
        }

        var needed = page * pageSize;
        List<HitRow> rows;
        if (sort == SearchSort.Date)
        {
            rows = isLowerBound
                ? WithRankFunction(connection, () => Scored(connection, match, Newest(connection, match, filters, needed), page, pageSize))
                : [.. candidates.OrderByDescending(c => c.Card.PublishedAt, StringComparer.Ordinal).ThenByDescending(c => c.Id)
                    .Select(c => new HitRow(c.Id, c.Card.StoryKey, c.Score))];
        }
        else
        {
            // The candidates are every match, or for a word that is everywhere the newest thousand: ranked already,
            // so the first pages need no second pass over FTS5.
            rows = [.. candidates.OrderBy(c => c.Score).ThenByDescending(c => c.Id).Select(c => new HitRow(c.Id, c.Card.StoryKey, c.Score))];
            if (isLowerBound && total < needed)
            {
                // Past them the list goes on with the other matches, ranked over all of them, so that no story
                // shown on an earlier page comes again.
                var listed = rows.Select(r => r.StoryKey).ToHashSet(StringComparer.Ordinal);
                var rest = WithRankFunction(connection, () => TopRows(connection, match, filters, needed));
                rows.AddRange(rest.Where(r => !listed.Contains(r.StoryKey)));
            }
        }

        var hits = Hits(connection, query, rows, page, pageSize);
        return new SearchResult(total, page, pageSize, hits, facets, false, warnings) { TotalIsLowerBound = isLowerBound };
    }

    /// <summary>
    /// Up to <see cref="CandidateCap"/> + 1 matching translations, newest first, ranked: every match of an ordinary
    /// query, for exact totals and facets and its whole ranking; for a word that is everywhere a bounded cost, since
    /// FTS5 walks its posting lists newest first and stops.
    /// </summary>
    private static List<Candidate> Candidates(SqliteConnection connection, string match, Filters filters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT d.id, d.card, {SearchSchema.Rank}
            FROM search_fts CROSS JOIN search_doc d ON d.id = search_fts.rowid
            WHERE search_fts MATCH $match {filters.Sql}
            ORDER BY search_fts.rowid DESC
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", CandidateCap + 1);
        filters.Bind(command);
        var candidates = new List<Candidate>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            candidates.Add(new Candidate(reader.GetInt64(0), DocumentCard.Parse(reader.GetString(1)), reader.GetDouble(2)));
        }

        return candidates;
    }

    /// <summary>Runs a statement that calls the ranking function, registering it first on a connection that lacks it.</summary>
    private static T WithRankFunction<T>(SqliteConnection connection, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (SqliteException e) when (e.Message.Contains("no such function: " + RankFunction.Name, StringComparison.Ordinal))
        {
            RankFunction.Register(connection);
            return run();
        }
    }

    private static SearchFacets Facets(List<Candidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return SearchFacets.None;
        }

        var storyNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var (languages, kinds, years, places, tags) = (new FacetCounter(), new FacetCounter(), new FacetCounter(), new FacetCounter(), new FacetCounter());
        foreach (var candidate in candidates)
        {
            var card = candidate.Card;
            if (!storyNumbers.TryGetValue(card.StoryKey, out var story))
            {
                storyNumbers[card.StoryKey] = story = storyNumbers.Count;
            }

            languages.Add(card.Language, story);
            kinds.Add(card.Kind, story);
            years.Add(card.Year, story);
            card.ForEachFacet((isPlace, value) => (isPlace ? places : tags).Add(value, story));
        }

        return new SearchFacets(
            languages.Top(10),
            kinds.Top(10),
            [.. years.Top(50).OrderByDescending(f => f.Value, StringComparer.Ordinal)],
            places.Top(10),
            tags.Top(10));
    }

    /// <summary>The best-ranked matching translations over every match, enough to fill the page with distinct stories.</summary>
    private static List<HitRow> TopRows(SqliteConnection connection, string match, Filters filters, int neededStories) =>
        EnoughRows(connection, $"""
            SELECT d.id, d.story_key, {SearchSchema.Rank} AS score
            FROM search_fts CROSS JOIN search_doc d ON d.id = search_fts.rowid
            WHERE search_fts MATCH $match {filters.Sql}
            ORDER BY score, d.id DESC
            LIMIT $limit
            """, match, filters, neededStories);

    /// <summary>The most recently published matches, enough to fill the page with distinct stories: the date index
    /// is walked newest first and each entry checked against the set of matches, which FTS5 builds unranked.</summary>
    private static List<HitRow> Newest(SqliteConnection connection, string match, Filters filters, int neededStories) =>
        EnoughRows(connection, $"""
            SELECT d.id, d.story_key, 0.0
            FROM search_doc d INDEXED BY ix_search_doc_published
            WHERE d.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH $match) {filters.Sql}
            ORDER BY d.published_at DESC, d.id DESC
            LIMIT $limit
            """, match, filters, neededStories);

    /// <summary>Runs an ordered statement of (id, story, score) rows with a growing LIMIT until its rows hold enough
    /// distinct stories: filters or several translations per story may use rows up.</summary>
    private static List<HitRow> EnoughRows(SqliteConnection connection, string sql, string match, Filters filters, int neededStories)
    {
        var limit = (neededStories * 3) + 10;
        while (true)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$match", match);
            command.Parameters.AddWithValue("$limit", limit);
            filters.Bind(command);
            var rows = new List<HitRow>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    rows.Add(new HitRow(reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2)));
                }
            }

            if (rows.Count < limit || limit >= MaxRankedRows || rows.Select(r => r.StoryKey).Distinct(StringComparer.Ordinal).Count() >= neededStories)
            {
                return rows;
            }

            limit *= 4;
        }
    }

    /// <summary>The rows with the scores of the page's hits filled in, for rows that were found without ranking.</summary>
    private static List<HitRow> Scored(SqliteConnection connection, string match, List<HitRow> rows, int page, int pageSize)
    {
        var pageIds = rows.GroupBy(r => r.StoryKey, StringComparer.Ordinal).Select(g => g.First().Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var scores = new Dictionary<long, double>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT d.id, {SearchSchema.Rank}
                FROM search_fts CROSS JOIN search_doc d ON d.id = search_fts.rowid
                WHERE search_fts MATCH $match AND search_fts.rowid IN (SELECT value FROM json_each($ids))
                """;
            command.Parameters.AddWithValue("$match", match);
            command.Parameters.AddWithValue("$ids", "[" + string.Join(',', pageIds) + "]");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                scores[reader.GetInt64(0)] = reader.GetDouble(1);
            }
        }

        return [.. rows.Select(r => scores.TryGetValue(r.Id, out var score) ? r with { Score = score } : r)];
    }

    private List<SearchHit> Hits(SqliteConnection connection, CompiledQuery query, List<HitRow> rows, int page, int pageSize)
    {
        var best = rows.GroupBy(r => r.StoryKey, StringComparer.Ordinal).Select(g => g.First())
            .Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var documents = new Dictionary<long, (string Language, string Title, string Slug, string Kind, DateTime At, string Summary, string Body)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT d.id, d.language, t.title, d.slug, d.kind, d.published_at, t.summary, t.body
                FROM json_each($ids) AS j CROSS JOIN search_doc AS d ON d.id = j.value CROSS JOIN search_text AS t ON t.id = d.id
                """;
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
        var snippetQuery = new SnippetQuery(query.HighlightTerms, query.HighlightLooseKeys);
        return
        [
            .. best.Select(b =>
            {
                var d = documents[b.Id];
                var analyzer = analyzers.For(d.Language);
                var snippet = SnippetBuilder.Build(d.Body, analyzers.Neutral, analyzer, snippetQuery)
                    ?? SnippetBuilder.Build(d.Summary, analyzers.Neutral, analyzer, snippetQuery)
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

    private sealed record Candidate(long Id, DocumentCard Card, double Score);

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
