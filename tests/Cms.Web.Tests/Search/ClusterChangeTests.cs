using Cms.Web.Content;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Cms.Web.Tests.Search;

/// <summary>
/// A change on one node reaches another node's search index and page cache: on PostgreSQL at once, woken by the
/// change's notification (LISTEN/NOTIFY; the poll is then 5 s, so a fast answer is the notification's), and again
/// after the listening session was cut; on SQLite within the 1 s poll.
/// </summary>
public sealed class ClusterChangeTests(ITestOutputHelper output)
{
    private static readonly string[] Words = ["vexilomar", "quorbintas", "zandrupel", "mifklotter", "trevornix"];

    /// <summary>PostgreSQL: a notification's wake-up; SQLite: the poll (1 s) and a pass.</summary>
    private static TimeSpan Bound => TestDatabase.IsPostgres ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task A_publication_on_one_node_is_found_by_the_other_nodes_search_and_pages_within_a_second()
    {
        using var database = new SharedDatabase();
        await using var writer = database.StartNode();
        await using var reader = database.StartNode();
        Assert.Equal(TestDatabase.IsPostgres, await ListeningAsync(reader));

        await MeasureAsync(writer, reader, Words[..3], "");
    }

    [Fact]
    public async Task A_node_whose_listening_session_is_cut_listens_again_and_polls_meanwhile()
    {
        using var database = new SharedDatabase();
        await using var writer = database.StartNode();
        await using var reader = database.StartNode();
        if (!TestDatabase.IsPostgres)
        {
            // SQLite: one machine, nothing to listen to; the followers poll (and find the change within the poll).
            Assert.False(reader.Services.GetRequiredService<ChangeSignal>().Listening);
            await MeasureAsync(writer, reader, Words[3..], "");
            return;
        }

        Assert.True(await ListeningAsync(reader));
        var cut = DateTime.UtcNow;
        await TestDatabase.ExecuteAsync(database.Directory,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cms change listener' AND datname = current_database()");

        // The listeners notice, pause a second and listen again.
        var back = await ClusterNodes.TimeUntilAsync(async () => await ListenerSessionsSinceAsync(database, cut) == 2, TimeSpan.FromSeconds(10));
        Assert.NotNull(back);
        output.WriteLine($"listening again after {back.Value.TotalMilliseconds:0} ms");
        Assert.True(await ListeningAsync(reader));
        await MeasureAsync(writer, reader, Words[3..], " after reconnecting");
    }

    private async Task MeasureAsync(CmsWebFactory writer, CmsWebFactory reader, string[] words, string when)
    {
        using var editor = await ClusterNodes.EditorAsync(writer);
        using var searcher = await ClusterNodes.EditorAsync(reader);
        using var visitor = reader.CreateClient();
        foreach (var word in words)
        {
            Assert.False(await ClusterNodes.FindsAsync(searcher, word));
            Assert.DoesNotContain(word, await visitor.GetStringAsync("/ru/"), StringComparison.Ordinal); // now cached

            await ClusterNodes.PublishAsync(editor, "Семинар " + word);
            var found = ClusterNodes.TimeUntilAsync(() => ClusterNodes.FindsAsync(searcher, word), TimeSpan.FromSeconds(10));
            var shown = ClusterNodes.TimeUntilAsync(async () => (await visitor.GetStringAsync("/ru/")).Contains(word, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
            var (search, page) = (await found, await shown);

            output.WriteLine($"{TestDatabase.IsPostgres switch { true => "PostgreSQL", false => "SQLite" }}{when}: other node's search found it after {search?.TotalMilliseconds:0} ms, its cached home page showed it after {page?.TotalMilliseconds:0} ms");
            Assert.True(search < Bound, $"search found it after {search}");
            Assert.True(page < Bound, $"the home page showed it after {page}");
        }
    }

    private static async Task<bool> ListeningAsync(CmsWebFactory node)
    {
        var signal = node.Services.GetRequiredService<ChangeSignal>();
        return TestDatabase.IsPostgres
            ? await ClusterNodes.TimeUntilAsync(() => Task.FromResult(signal.Listening), TimeSpan.FromSeconds(5)) is not null
            : signal.Listening;
    }

    private static async Task<long> ListenerSessionsSinceAsync(SharedDatabase database, DateTime since)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.Settings(database.Directory)["ConnectionStrings:Cms"]);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'cms change listener' AND datname = current_database() AND backend_start > @since AND query ILIKE 'LISTEN%'",
            connection);
        command.Parameters.AddWithValue("since", since);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
