using Cms.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Tests.Data;

/// <summary>The hand-written migrations must build exactly the schema the model describes.</summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task Migrated_schema_equals_the_models_schema()
    {
        using var directory = new TempDirectory();
        var migrated = await SchemaAsync(Path.Combine(directory.Path, "migrated.db"), db => db.Database.MigrateAsync());
        var created = await SchemaAsync(Path.Combine(directory.Path, "created.db"), db => db.Database.EnsureCreatedAsync());
        SqliteConnection.ClearAllPools();

        Assert.Equal(created, migrated);
    }

    private static async Task<List<string>> SchemaAsync(string file, Func<CmsDbContext, Task> build)
    {
        var options = new DbContextOptionsBuilder<CmsDbContext>().UseSqlite($"Data Source={file}")
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .Options;
        await using var db = new CmsDbContext(options);
        await build(db);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var rows = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.name || '.' || p.name || ' ' || p.type || ' ' || p."notnull" || ' ' || p.pk
            FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EF%'
            UNION ALL
            SELECT 'index ' || m.name || ' ' || il.name || ' ' || i."unique"
            FROM sqlite_master m JOIN pragma_index_list(m.name) i JOIN pragma_index_info(i.name) il
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EF%'
            UNION ALL
            SELECT 'fk ' || m.name || ' ' || f."from" || ' ' || f."table" || ' ' || f.on_delete
            FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EF%'
            """;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
