using System.Globalization;
using Cms.Search.Index;
using Microsoft.Data.Sqlite;

namespace Cms.Bench.Profiling;

/// <summary>One variant of the index writer for <see cref="IndexingProfiler"/>: the same statements, prepared once per batch.</summary>
internal sealed class ProfileInserter : IDisposable
{
    private readonly SearchIndex index;
    private readonly Mode mode;
    private readonly SearchIndexWriter? writer;
    private readonly SqliteCommand fts;
    private readonly SqliteCommand doc;
    private readonly SqliteCommand text;
    private readonly SqliteCommand facet;

    public ProfileInserter(SqliteConnection connection, SqliteTransaction transaction, SearchIndex index, Mode mode)
    {
        this.index = index;
        this.mode = mode;
        writer = mode is Mode.Upsert ? index.OpenWriter(connection, transaction) : null;
        fts = Prepare(connection, transaction, "INSERT INTO search_fts (rowid, title, summary, body, meta, loose) VALUES ($1, $2, $3, $4, $5, $6)", 6);
        doc = Prepare(connection, transaction, """
            INSERT INTO search_doc (id, story_key, language, kind, year, published_at, slug, length, card)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """, 9);
        text = Prepare(connection, transaction, "INSERT INTO search_text (id, title, summary, body) VALUES ($1, $2, $3, $4)", 4);
        facet = Prepare(connection, transaction, "INSERT OR IGNORE INTO search_facet (facet, norm, doc_id, value) VALUES ($1, $2, $3, $4)", 4);
    }

    public enum Mode
    {
        Upsert,
        InsertAll,
        FtsOnly,
        AnalysisOnly,
    }

    public void Add(SearchDocument d)
    {
        if (writer is not null)
        {
            writer.Upsert(d);
            return;
        }

        var fields = IndexedFields.From(d, index.Analyzers);
        if (mode == Mode.AnalysisOnly)
        {
            return;
        }

        Run(fts, d.Id, fields.Title, fields.Summary, fields.Body, fields.Meta, fields.Loose);
        if (mode == Mode.FtsOnly)
        {
            return;
        }

        Run(doc, d.Id, d.StoryKey, d.Language, d.Kind, d.PublishedUtc.Year,
            d.PublishedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), d.Slug, fields.Length, DocumentCard.Format(d));
        Run(text, d.Id, d.Title, d.Summary, d.Body);
        foreach (var value in d.Places)
        {
            Run(facet, "place", SearchIndexWriter.FacetNorm(value), d.Id, value);
        }

        foreach (var value in d.Tags)
        {
            Run(facet, "tag", SearchIndexWriter.FacetNorm(value), d.Id, value);
        }
    }

    public void Dispose()
    {
        writer?.Dispose();
        fts.Dispose();
        doc.Dispose();
        text.Dispose();
        facet.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int count)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 1; i <= count; i++)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = "$" + i.ToString(CultureInfo.InvariantCulture) });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }
}
