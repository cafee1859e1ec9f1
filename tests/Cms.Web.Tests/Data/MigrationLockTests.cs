using System.Net;
using Microsoft.Data.Sqlite;

namespace Cms.Web.Tests.Data;

/// <summary>A process killed while holding EF's migration lock must not stop every later start.</summary>
[Trait("Database", "Sqlite")]
public sealed class MigrationLockTests
{
    private const string LockTable = """
        CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
        INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-11-30 10:00:00+00:00');
        """;

    [Fact]
    public async Task A_start_recovers_from_a_lock_left_on_a_new_database()
    {
        using var data = new TempDirectory();
        await ExecuteAsync(data.Path, LockTable);

        await StartAsync(data);

        Assert.Equal(0L, await ScalarAsync(data.Path, "SELECT count(*) FROM \"__EFMigrationsLock\""));
        Assert.True(await ScalarAsync(data.Path, "SELECT count(*) FROM Stories") > 0);
    }

    [Fact]
    public async Task A_start_recovers_from_a_lock_left_on_a_migrated_database()
    {
        using var data = new TempDirectory();
        await StartAsync(data);
        await ExecuteAsync(data.Path, LockTable);

        await StartAsync(data);

        Assert.Equal(0L, await ScalarAsync(data.Path, "SELECT count(*) FROM \"__EFMigrationsLock\""));
    }

    private static async Task StartAsync(TempDirectory data)
    {
        await using var site = new ExistingDataFactory(data);
        using var client = await Task.Run(site.CreateNonRedirectingClient).WaitAsync(TimeSpan.FromSeconds(90));
        using var response = await client.GetAsync("/ru/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task ExecuteAsync(string directory, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "cms.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string directory, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "cms.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
