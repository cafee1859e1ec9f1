using Cms.Web.Data;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Cms.Web.Tests.Newsroom;

/// <summary>
/// Two nodes over one database. On PostgreSQL exactly one holds the scheduler lease; a story scheduled on the other
/// wakes the holder (the change is announced) and goes out once, on time; when the holder stops, the other takes the
/// lease within its retry (15 s) and publishes what falls due. On SQLite both may schedule (transactions take turns),
/// and still each publication is applied and audited once.
/// </summary>
public sealed class SchedulerLeaseTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task One_node_schedules_a_story_scheduled_on_another_goes_out_once_and_a_survivor_takes_over()
    {
        using var database = new SharedDatabase();
        var first = database.StartNode();
        await using var second = database.StartNode();
        try
        {
            var holders = new[] { await HoldsAsync(first), await HoldsAsync(second) };
            if (TestDatabase.IsPostgres)
            {
                Assert.Single(holders, held => held);
            }
            else
            {
                Assert.All(holders, Assert.True);
            }

            var (holder, other) = holders[0] ? (first, second) : (second, first);
            using var editor = await ClusterNodes.EditorAsync(other);

            var key = await ClusterNodes.PublishAsync(editor, "Расписание на другом узле", Lead);
            Assert.False(await ClusterNodes.IsLiveAsync(other, key), "live at once: the publish request took longer than the lead");
            var late = await ClusterNodes.TimeUntilAsync(() => ClusterNodes.IsLiveAsync(other, key), TimeSpan.FromSeconds(15));
            Assert.NotNull(late);
            output.WriteLine($"scheduled on the non-holder for +{Lead.TotalSeconds} s: live after {late.Value.TotalMilliseconds:0} ms");
            Assert.True(late < Lead + TimeSpan.FromSeconds(5), $"published {late} after scheduling: the holder was not woken");
            await Task.Delay(TimeSpan.FromSeconds(1.5)); // a second application would have happened by now
            Assert.Equal(1, await ClusterNodes.ScheduledPublicationsAsync(other, key));

            await holder.DisposeAsync(); // the holder stops: its session, and the lease with it, ends
            var next = await ClusterNodes.PublishAsync(editor, "Расписание после ухода узла", Lead);
            Assert.False(await ClusterNodes.IsLiveAsync(other, next), "live at once: the publish request took longer than the lead");
            var takeover = await ClusterNodes.TimeUntilAsync(() => ClusterNodes.IsLiveAsync(other, next), TimeSpan.FromSeconds(30));
            Assert.NotNull(takeover);
            output.WriteLine($"after the holder stopped, due in {Lead.TotalSeconds} s: live after {takeover.Value.TotalMilliseconds:0} ms");
            Assert.True(takeover < TimeSpan.FromSeconds(20), $"taken over after {takeover}");
            Assert.True(await HoldsAsync(other));
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            Assert.Equal(1, await ClusterNodes.ScheduledPublicationsAsync(other, next));
        }
        finally
        {
            await first.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_holder_whose_session_is_cut_notices_it_and_exactly_one_node_holds_the_lease_again()
    {
        using var database = new SharedDatabase();
        await using var first = database.StartNode();
        await using var second = database.StartNode();
        var lease = (first.Services.GetRequiredService<ISchedulerLease>(), second.Services.GetRequiredService<ISchedulerLease>());
        Assert.True(await lease.Item1.HoldAsync(CancellationToken.None) | await lease.Item2.HoldAsync(CancellationToken.None));
        if (!TestDatabase.IsPostgres)
        {
            Assert.True(await lease.Item2.HoldAsync(CancellationToken.None)); // SQLite: every process may schedule
            return;
        }

        Assert.Equal(1L, await LeaseSessionsAsync(database));
        await TestDatabase.ExecuteAsync(database.Directory,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cms scheduler lease' AND datname = current_database()");

        // Both ask again (the schedulers do within 15 s): the cut session is noticed, and one of them gets the lease.
        var holders = new[] { await lease.Item1.HoldAsync(CancellationToken.None), await lease.Item2.HoldAsync(CancellationToken.None) };
        Assert.Single(holders, held => held);
        Assert.Equal(1L, await LeaseSessionsAsync(database));
    }

    private static Task<bool> HoldsAsync(CmsWebFactory node) =>
        node.Services.GetRequiredService<ISchedulerLease>().HoldAsync(CancellationToken.None);

    /// <summary>Sessions holding an advisory lock that are a scheduler lease's (PostgreSQL).</summary>
    private static async Task<long> LeaseSessionsAsync(SharedDatabase database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.Settings(database.Directory)["ConnectionStrings:Cms"]);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = 'cms scheduler lease' AND a.datname = current_database()",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
