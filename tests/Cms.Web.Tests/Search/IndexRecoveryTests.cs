using System.Text.Json;
using Cms.Search.Index;
using Cms.Web.Search;
using Cms.Web.Tests.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Search;

/// <summary>The index is derived data: deleted, damaged or outrun by the change log's retention while the site was
/// stopped, it is rebuilt on start and answers as before.</summary>
public sealed class IndexRecoveryTests : IDisposable
{
    private readonly TempDirectory data = new();

    [Theory]
    [InlineData("deleted")]
    [InlineData("damaged")]
    [InlineData("outrun")]
    [InlineData("made by other analysers")]
    public async Task A_lost_index_is_rebuilt_on_start(string loss)
    {
        int before;
        await using (var site = new ExistingDataFactory(data))
        {
            using var client = site.CreateClient();
            before = await TotalAsync(client, "Ош");
        }

        var index = Path.Combine(data.Path, "index");
        string? stale = null;
        switch (loss)
        {
            case "deleted":
                Directory.Delete(index, recursive: true);
                break;
            case "damaged":
                foreach (var file in Directory.GetFiles(index, "segments*", SearchOption.AllDirectories))
                {
                    File.WriteAllText(file, "not a segments file");
                }

                break;
            case "made by other analysers":
                // An empty index stamped with another version: it answers (following the log) while the rebuild runs.
                using (var store = IndexStore.Acquire(index))
                {
                    using var old = store.CreateGeneration("other analysers", TimeProvider.System);
                    store.Promote(old);
                    stale = old.Path;
                }

                break;
            case "outrun":
                // Rows the index never saw were pruned away: simulated by moving the log beyond the index's position.
                await TestDatabase.ExecuteAsync(data.Path, """
                    INSERT INTO "ChangeLog" ("StoryId", "StoryKey", "Translations", "AtUtc") VALUES (0, 'gone', '', '2026-12-01 00:00:00');
                    INSERT INTO "ChangeLog" ("StoryId", "StoryKey", "Translations", "AtUtc") VALUES (0, 'gone', '', '2026-12-01 00:00:00');
                    DELETE FROM "ChangeLog" WHERE "Sequence" < (SELECT max("Sequence") FROM "ChangeLog");
                    """);
                SqliteConnection.ClearAllPools();
                break;
        }

        await using (var restarted = new ExistingDataFactory(data))
        {
            using var client = restarted.CreateClient();
            Assert.Equal(before, await TotalAsync(client, "Ош"));
            var page = await client.GetStringAsync("/ru/search?q=" + Uri.EscapeDataString("Ош"));
            Assert.DoesNotContain("data-notice=\"incomplete\"", page, StringComparison.Ordinal);
            var indexer = restarted.Services.GetRequiredService<SearchIndexer>();
            for (var i = 0; i < 100 && (await indexer.StatusAsync(default)).IsRebuilding; i++)
            {
                await Task.Delay(50);
            }

            var status = await indexer.StatusAsync(default);
            Assert.False(status.IsRebuilding);
            Assert.Equal(status.LiveTranslations, status.Documents);
            Assert.NotEqual(stale, status.Directory); // rebuilt into a new generation when the old one was stale
        }
    }

    public void Dispose() => data.Dispose();

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=" + Uri.EscapeDataString(query)));
        Assert.False(json.RootElement.GetProperty("mayBeIncomplete").GetBoolean());
        return json.RootElement.GetProperty("total").GetInt32();
    }
}
