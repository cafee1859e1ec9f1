using System.Globalization;
using Cms.Search.Analysis;
using Cms.Search.Analysis.Common;
using Microsoft.Data.Sqlite;

namespace Cms.Search.Index;

/// <summary>Adds, replaces and removes documents with prepared statements on one connection and transaction.</summary>
public sealed class SearchIndexWriter : IDisposable
{
    private readonly SearchIndex index;
    private readonly SqliteCommand deleteFts;
    private readonly SqliteCommand deleteDoc;
    private readonly SqliteCommand deleteText;
    private readonly SqliteCommand deleteFacets;
    private readonly SqliteCommand insertFts;
    private readonly SqliteCommand insertDoc;
    private readonly SqliteCommand insertText;
    private readonly SqliteCommand insertFacet;

    internal SearchIndexWriter(SqliteConnection connection, SqliteTransaction? transaction, SearchIndex index)
    {
        this.index = index;
        deleteFts = Prepare(connection, transaction, "DELETE FROM search_fts WHERE rowid = $id", "$id");
        deleteDoc = Prepare(connection, transaction, "DELETE FROM search_doc WHERE id = $id", "$id");
        deleteText = Prepare(connection, transaction, "DELETE FROM search_text WHERE id = $id", "$id");
        deleteFacets = Prepare(connection, transaction, "DELETE FROM search_facet WHERE doc_id = $id", "$id");
        insertFts = Prepare(
            connection,
            transaction,
            "INSERT INTO search_fts (rowid, title, summary, body, meta, loose) VALUES ($id, $title, $summary, $body, $meta, $loose)",
            "$id", "$title", "$summary", "$body", "$meta", "$loose");
        insertDoc = Prepare(
            connection,
            transaction,
            """
            INSERT INTO search_doc (id, story_key, language, kind, year, published_at, slug, length, card)
            VALUES ($id, $story, $language, $kind, $year, $published, $slug, $length, $card)
            """,
            "$id", "$story", "$language", "$kind", "$year", "$published", "$slug", "$length", "$card");
        insertText = Prepare(
            connection,
            transaction,
            "INSERT INTO search_text (id, title, summary, body) VALUES ($id, $title, $summary, $body)",
            "$id", "$title", "$summary", "$body");
        insertFacet = Prepare(
            connection,
            transaction,
            "INSERT OR IGNORE INTO search_facet (facet, norm, doc_id, value) VALUES ($facet, $norm, $id, $value)",
            "$facet", "$norm", "$id", "$value");
    }

    /// <summary>Adds the document, replacing any earlier version with the same id.</summary>
    public void Upsert(SearchDocument document)
    {
        Remove(document.Id);
        Add(index.Prepare(document));
    }

    /// <summary>
    /// Adds documents that are not in the index yet (a rebuild), analysing the next ones on another core while
    /// this thread writes.
    /// </summary>
    public int AddAll(IEnumerable<SearchDocument> documents)
    {
        using var prepared = new System.Collections.Concurrent.BlockingCollection<PreparedDocument>(boundedCapacity: 512);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var document in documents)
                {
                    prepared.Add(index.Prepare(document), stop.Token);
                }
            }
            finally
            {
                prepared.CompleteAdding();
            }
        });
        var count = 0;
        try
        {
            foreach (var document in prepared.GetConsumingEnumerable())
            {
                Add(document);
                count++;
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }

        producer.GetAwaiter().GetResult();
        return count;
    }

    /// <summary>Adds an analysed document whose id is not in the index.</summary>
    public void Add(PreparedDocument prepared)
    {
        var document = prepared.Document;
        var fields = prepared.Fields;
        Run(insertFts, document.Id, fields.Title, fields.Summary, fields.Body, fields.Meta, fields.Loose);
        Run(
            insertDoc,
            document.Id,
            document.StoryKey,
            document.Language,
            document.Kind,
            document.PublishedUtc.Year,
            PublishedText(document.PublishedUtc),
            document.Slug,
            fields.Length,
            DocumentCard.Format(document));
        Run(insertText, document.Id, document.Title, document.Summary, document.Body);
        AddFacets("place", document.Id, document.Places);
        AddFacets("tag", document.Id, document.Tags);
    }

    public void Remove(long id)
    {
        Run(deleteFts, id);
        Run(deleteDoc, id);
        Run(deleteText, id);
        Run(deleteFacets, id);
    }

    public void Dispose()
    {
        deleteFts.Dispose();
        deleteDoc.Dispose();
        deleteText.Dispose();
        deleteFacets.Dispose();
        insertFts.Dispose();
        insertDoc.Dispose();
        insertText.Dispose();
        insertFacet.Dispose();
    }

    internal static string FacetNorm(string value) => TermNormalizer.Normalize(value.Trim());

    internal static string PublishedText(DateTime publishedUtc) =>
        publishedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private void AddFacets(string facet, long id, IReadOnlyList<string> values)
    {
        foreach (var value in values)
        {
            Run(insertFacet, facet, FacetNorm(value), id, value);
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction? transaction, string sql, params string[] parameters)
    {
        var command = SearchIndex.Command(connection, transaction, sql);
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
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
