namespace Cms.Search.Index;

/// <summary>The index's own tables, in the same SQLite database as the content.</summary>
internal static class SearchSchema
{
    /// <summary>Part of the stored index version: change it whenever a table below changes.</summary>
    public const string Version = "schema-6";

    /// <summary>Weights of title, summary, body, meta (places, tags, organisers, project) and loose keys.</summary>
    private const string Weights = "10.0, 4.0, 1.0, 2.0, 0.3";

    /// <summary>Our ranking (<see cref="Searching.Ranking.RankFunction"/>) in a statement that joins <c>search_doc d</c>
    /// to the match; lower is better.</summary>
    public const string Rank = "cms_rank(search_fts, d.length, " + Weights + ")";

    /// <summary>FTS5's own BM25 with the same weights: the benchmark's raw baseline.</summary>
    public const string Bm25 = "bm25(search_fts, " + Weights + ")";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        -- Narrow, so that the per-match lookups of totals, facets and filters stay within few pages.
        CREATE TABLE IF NOT EXISTS search_doc (
            id INTEGER PRIMARY KEY,
            story_key TEXT NOT NULL,
            language TEXT NOT NULL,
            kind TEXT NOT NULL,
            year INTEGER NOT NULL,
            published_at TEXT NOT NULL,
            slug TEXT NOT NULL,
            length INTEGER NOT NULL, -- tokens in all FTS5 columns, for the ranking's length normalisation
            card TEXT NOT NULL); -- what totals, facets and ordering read, in one string: see DocumentCard
        CREATE INDEX IF NOT EXISTS ix_search_doc_story ON search_doc (story_key);
        CREATE INDEX IF NOT EXISTS ix_search_doc_published ON search_doc (published_at, id);
        -- The original text, read only for the hits of one page (titles and snippets).
        CREATE TABLE IF NOT EXISTS search_text (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            summary TEXT NOT NULL,
            body TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS search_facet (
            facet TEXT NOT NULL,
            norm TEXT NOT NULL,
            doc_id INTEGER NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (facet, norm, doc_id)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_search_facet_doc ON search_facet (doc_id);
        CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5 (
            title, summary, body, meta, loose,
            content = '', contentless_delete = 1,
            tokenize = "ascii tokenchars '-'");
        """;

    /// <summary>FTS5 settings stored with the table. FTS5 merges its segments as documents arrive; merging eight of a
    /// level at a time rather than four halves that work, for a few more segments for a query to read.</summary>
    public const string Configure = "INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 8);";

    public const string Drop = """
        DROP TABLE IF EXISTS search_fts;
        DROP TABLE IF EXISTS search_facet;
        DROP TABLE IF EXISTS search_text;
        DROP TABLE IF EXISTS search_doc;
        DROP TABLE IF EXISTS search_meta;
        """;
}
