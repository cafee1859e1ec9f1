using Microsoft.Data.Sqlite;

namespace Cms.Web.Tests.Data;

/// <summary>A database that still holds the FTS5 search tables of the engine before Lucene loses them on upgrade.</summary>
public sealed class SearchTablesMigrationTests : IDisposable
{
    private readonly TempDirectory data = new();

    [Fact]
    public async Task The_old_search_tables_are_dropped_by_the_upgrade()
    {
        var file = Path.Combine(data.Path, "cms.db");
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE search_doc (id INTEGER PRIMARY KEY, story_key TEXT NOT NULL);
                CREATE TABLE search_text (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
                CREATE TABLE search_facet (facet TEXT NOT NULL, norm TEXT NOT NULL, doc_id INTEGER NOT NULL, PRIMARY KEY (facet, norm, doc_id)) WITHOUT ROWID;
                CREATE VIRTUAL TABLE search_fts USING fts5 (title, summary, body, meta, loose, content = '', contentless_delete = 1);
                """;
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        await using (var site = new ExistingDataFactory(data))
        {
            using var client = site.CreateClient();
            Assert.Contains("<li", await client.GetStringAsync("/ru/search?q=" + Uri.EscapeDataString("Ош")), StringComparison.Ordinal);
        }

        await using var check = new SqliteConnection($"Data Source={file}");
        await check.OpenAsync();
        await using var tables = check.CreateCommand();
        tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE name LIKE 'search\\_%' ESCAPE '\\'";
        Assert.Equal(0L, (long)(await tables.ExecuteScalarAsync())!);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        data.Dispose();
    }
}
