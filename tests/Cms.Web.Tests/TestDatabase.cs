using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Cms.Web.Tests;

/// <summary>
/// The database the tests run on: SQLite in the data directory (the default), or, with <c>CMS_TEST_DATABASE=postgres</c>,
/// a PostgreSQL database of its own per data directory (<c>CMS_TEST_POSTGRES</c> names the server and a role that may
/// create databases). A site started again over the same data directory finds the same database.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("CMS_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    private static string Server =>
        Environment.GetEnvironmentVariable("CMS_TEST_POSTGRES") is { Length: > 0 } server ? server : "Host=127.0.0.1;Username=cms;Password=cms";

    /// <summary>The host settings that point a site over <paramref name="dataDirectory"/> at its database.</summary>
    public static IReadOnlyDictionary<string, string> Settings(string dataDirectory) => Settings(dataDirectory, dataDirectory);

    /// <summary>The host settings that point a site over <paramref name="dataDirectory"/> at the database of
    /// <paramref name="databaseDirectory"/>: another node's, when several nodes share one database (SQLite: its
    /// <c>cms.db</c> by <c>ConnectionStrings:Cms</c>).</summary>
    public static IReadOnlyDictionary<string, string> Settings(string dataDirectory, string databaseDirectory)
    {
        if (!IsPostgres)
        {
            return string.Equals(Path.GetFullPath(dataDirectory), Path.GetFullPath(databaseDirectory), StringComparison.Ordinal)
                ? new Dictionary<string, string>(StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal) { ["ConnectionStrings:Cms"] = $"Data Source={Path.Combine(databaseDirectory, "cms.db")}" };
        }

        dataDirectory = databaseDirectory;

        var name = NameFor(dataDirectory);
        Create(name);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Cms:Database:Provider"] = "Postgres",
            ["ConnectionStrings:Cms"] = new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString,
        };
    }

    /// <summary>Drops the data directory's database (PostgreSQL); SQLite's goes with the directory.</summary>
    public static void Drop(string dataDirectory)
    {
        if (!IsPostgres)
        {
            return;
        }

        // A stopping site's last connections may still be closing; the database is a throwaway in a test cluster, so a
        // drop that keeps failing is reported and left, not made a failure of the tests that used it.
        for (var attempt = 1; ; attempt++)
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                Execute($"DROP DATABASE IF EXISTS \"{NameFor(dataDirectory)}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException ex) when (attempt < 5)
            {
                Console.Error.WriteLine($"dropping {NameFor(dataDirectory)} (attempt {attempt}): {ex.SqlState} {ex.MessageText}");
                Thread.Sleep(500);
            }
            catch (PostgresException ex)
            {
                Console.Error.WriteLine($"left {NameFor(dataDirectory)} in the test cluster: {ex.SqlState} {ex.MessageText}");
                return;
            }
        }
    }

    /// <summary>Runs SQL on the data directory's database, whichever the provider (quote identifiers: "ChangeLog").</summary>
    public static async Task ExecuteAsync(string dataDirectory, string sql)
    {
        System.Data.Common.DbConnection connection = IsPostgres
            ? new NpgsqlConnection(Settings(dataDirectory)["ConnectionStrings:Cms"])
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dataDirectory, "cms.db")};Pooling=False");
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

    private static string NameFor(string dataDirectory) =>
        "cms_test_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory))))[..16];

    private static void Create(string name)
    {
        try
        {
            Execute($"CREATE DATABASE \"{name}\"");
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // started again over the same data directory
        }
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
