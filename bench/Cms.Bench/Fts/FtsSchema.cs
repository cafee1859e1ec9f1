namespace Cms.Bench.Fts;

/// <summary>
/// The texts table (what the site reads a page of hits from) and the raw baseline's FTS5 table, laid out as the
/// search index was before Lucene (each in its own database file, to tell their sizes apart): one contentless row per translation, one column per field holding our analysers'
/// terms separated by spaces, ranked by FTS5's bm25() with the same field weights.
/// </summary>
internal static class FtsSchema
{
    public const string CreateTexts = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE texts (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            summary TEXT NOT NULL,
            body TEXT NOT NULL);
        """;

    public const string CreateFts = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE VIRTUAL TABLE fts USING fts5 (
            title, summary, body, meta, loose,
            content = '',
            tokenize = "ascii tokenchars '-'");
        INSERT INTO fts (fts, rank) VALUES ('automerge', 8);
        """;

    /// <summary>Title, summary, body, meta (places, tags, organisers, project) and loose keys, as the old schema weighed them.</summary>
    public const string Bm25 = "bm25(fts, 10.0, 4.0, 1.0, 2.0, 0.3)";

    /// <summary>The exact columns a word is looked up in (all but the loose keys).</summary>
    public const string ExactColumns = "{title summary body meta}";
}
