using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cms.Web.Tests.Operations;

/// <summary>
/// Makes a site's database unreachable until disposed. PostgreSQL: the database stops accepting connections and its
/// sessions are ended. SQLite: the file moves aside and a directory takes its name, so nothing can open (or create) it.
/// </summary>
internal sealed class DatabaseOutage : IAsyncDisposable
{
    private readonly string dataDirectory;

    private DatabaseOutage(string dataDirectory) => this.dataDirectory = dataDirectory;

    private string DatabaseFile => Path.Combine(dataDirectory, "cms.db");

    private string Aside => DatabaseFile + ".aside";

    public static async Task<DatabaseOutage> BeginAsync(string dataDirectory)
    {
        var outage = new DatabaseOutage(dataDirectory);
        if (TestDatabase.IsPostgres)
        {
            var name = Database(dataDirectory);
            await outage.MaintainAsync($"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS false");
            await outage.MaintainAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()");
            NpgsqlConnection.ClearAllPools();
        }
        else
        {
            SqliteConnection.ClearAllPools(); // connections in use are discarded when they close
            File.Move(outage.DatabaseFile, outage.Aside);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    Directory.CreateDirectory(outage.DatabaseFile);
                    break;
                }
                catch (IOException) when (attempt < 10)
                {
                    File.Delete(outage.DatabaseFile); // an empty database a background service opened meanwhile
                }
            }
        }

        return outage;
    }

    public async ValueTask DisposeAsync()
    {
        if (TestDatabase.IsPostgres)
        {
            await MaintainAsync($"ALTER DATABASE \"{Database(dataDirectory)}\" ALLOW_CONNECTIONS true");
            NpgsqlConnection.ClearAllPools();
        }
        else
        {
            Directory.Delete(DatabaseFile);
            SqliteConnection.ClearAllPools();
            File.Move(Aside, DatabaseFile);
        }
    }

    private static string Database(string dataDirectory) =>
        new NpgsqlConnectionStringBuilder(TestDatabase.Settings(dataDirectory)["ConnectionStrings:Cms"]).Database!;

    private async Task MaintainAsync(string sql)
    {
        var server = new NpgsqlConnectionStringBuilder(TestDatabase.Settings(dataDirectory)["ConnectionStrings:Cms"]) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
