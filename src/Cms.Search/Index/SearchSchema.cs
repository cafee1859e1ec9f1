namespace Cms.Search.Index;

/// <summary>The index's own tables, in the same SQLite database as the content.</summary>
internal static class SearchSchema
{
    /// <summary>BM25 weights of title, summary, body, meta (places, tags, organisers, project) and loose keys.</summary>
    public const string Bm25 = "bm25(search_fts, 10.0, 4.0, 1.0, 2.0, 0.3)";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS search_doc (
            id INTEGER PRIMARY KEY,
            story_key TEXT NOT NULL,
            language TEXT NOT NULL,
            kind TEXT NOT NULL,
            year INTEGER NOT NULL,
            published_at TEXT NOT NULL,
            title TEXT NOT NULL,
            slug TEXT NOT NULL,
            summary TEXT NOT NULL,
            body TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_search_doc_story ON search_doc (story_key);
        -- Covers the per-match lookups of totals and facets without reading the wide rows.
        CREATE INDEX IF NOT EXISTS ix_search_doc_cover ON search_doc (id, story_key, language, kind, year, published_at);
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
            tokenize = "unicode61 remove_diacritics 0 tokenchars '-' categories 'L* N* M* Co'");
        """;

    public const string Drop = """
        DROP TABLE IF EXISTS search_fts;
        DROP TABLE IF EXISTS search_facet;
        DROP TABLE IF EXISTS search_doc;
        DROP TABLE IF EXISTS search_meta;
        """;
}
