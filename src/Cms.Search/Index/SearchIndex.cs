using Cms.Search.Analysis;
using Microsoft.Data.Sqlite;

namespace Cms.Search.Index;

/// <summary>
/// The full-text index: FTS5 tables beside the content, written on the caller's connection and transaction so a
/// story is searchable the moment its publish commits and gone the moment its unpublish commits.
/// </summary>
public sealed class SearchIndex(Analyzers analyzers)
{
    private const string VersionKey = "analysis_version";

    /// <summary>
    /// Settings for every connection that searches: a search joins up to a thousand matches, scattered over the
    /// archive, to their rows, and SQLite's default page cache (2 MB) would send most of those lookups to the
    /// file system. 64 MB holds the document rows of a large archive; SQLite takes the memory only as it is used.
    /// </summary>
    public const string ConnectionPragmas = "PRAGMA cache_size = -65536;";

    public Analyzers Analyzers { get; } = analyzers;

    /// <summary>What built an index: the analysers and the table layout. A change of either rebuilds it.</summary>
    public string Version => Analyzers.Version + ";" + SearchSchema.Version;

    /// <summary>Creates the tables if needed; true when the index was built by other analysers and must be rebuilt.</summary>
    public bool EnsureSchema(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        Execute(connection, transaction, SearchSchema.Create);

        using var command = Command(connection, transaction, "SELECT value FROM search_meta WHERE key = $key");
        command.Parameters.AddWithValue("$key", VersionKey);
        var stored = command.ExecuteScalar() as string;
        return !string.Equals(stored, Version, StringComparison.Ordinal);
    }

    /// <summary>Empties the index and stamps it with the current analysers' version.</summary>
    public void Reset(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        Execute(connection, transaction, SearchSchema.Drop);
        Execute(connection, transaction, SearchSchema.Create);
        Execute(connection, transaction, SearchSchema.Configure);
        using var command = Command(connection, transaction, "INSERT INTO search_meta (key, value) VALUES ($key, $value)");
        command.Parameters.AddWithValue("$key", VersionKey);
        command.Parameters.AddWithValue("$value", Version);
        command.ExecuteNonQuery();
    }

    /// <summary>Analyses a document for the index; thread-safe, touches no database.</summary>
    public PreparedDocument Prepare(SearchDocument document) => new(document, IndexedFields.From(document, Analyzers));

    /// <summary>A writer with prepared statements; dispose it before the transaction ends.</summary>
    public SearchIndexWriter OpenWriter(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        new(connection, transaction, this);

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }
}
