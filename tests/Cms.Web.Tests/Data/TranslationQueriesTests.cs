using Cms.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Data;

/// <summary>The public lists walk the (Language, IsLive, PublishedUtc, Id) index in order instead of sorting.</summary>
[Trait("Database", "Sqlite")]
public sealed class TranslationQueriesTests(CmsWebFactory factory) : IClassFixture<CmsWebFactory>
{
    [Fact]
    public async Task The_home_page_list_is_served_by_the_index_without_a_sort()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var query = db.Translations.LiveIn("ru").OrderByDescending(t => t.PublishedUtc).ThenByDescending(t => t.Id).Skip(40).Take(20).Select(t => t.Id);
        var sql = query.ToQueryString();
        var parameters = sql.Split('\n').TakeWhile(l => l.StartsWith(".param", StringComparison.Ordinal)).ToList();
        var statement = string.Join('\n', sql.Split('\n').Skip(parameters.Count));

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + statement;
        foreach (var line in parameters)
        {
            var parts = line.Split(' ', 4);
            explain.Parameters.AddWithValue(parts[2], parts[3].Trim('\'') switch { "1" => 1, "0" => 0, var text when int.TryParse(text, out var n) => n, var text => text });
        }

        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, p => p.Contains("IX_Translations_Language_IsLive_PublishedUtc_Id (Language=? AND IsLive=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, p => p.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }
}
