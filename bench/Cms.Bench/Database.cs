using Microsoft.Data.Sqlite;

namespace Cms.Bench;

/// <summary>The bench's SQLite database: the texts the site would read hits from, and the raw baseline's FTS5 table.</summary>
internal static class Database
{
    /// <summary>As the site's connections had for search: a 64 MB page cache.</summary>
    private const string ConnectionPragmas = "PRAGMA cache_size = -65536;";

    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, ConnectionPragmas);
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
