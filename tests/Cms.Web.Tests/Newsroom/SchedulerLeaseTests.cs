using Cms.Web.Data;
using Cms.Web.Data.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cms.Web.Tests.Newsroom;

/// <summary>One scheduler at a time: on PostgreSQL the lease is exclusive and passes on when its holder's connection
/// ends; on SQLite every process may schedule (writers queue and a due item is re-checked in its transaction).</summary>
public sealed class SchedulerLeaseTests(CmsWebFactory factory) : IClassFixture<CmsWebFactory>
{
    [Fact]
    public async Task Exactly_one_node_holds_the_lease_and_another_takes_it_when_the_holder_goes()
    {
        var lease = factory.Services.GetRequiredService<ISchedulerLease>();
        if (!TestDatabase.IsPostgres)
        {
            Assert.True(await lease.HoldAsync(CancellationToken.None));
            return;
        }

        // The site's own scheduler asked first; two more "nodes" ask the same database.
        var configuration = factory.Services.GetRequiredService<IConfiguration>();
        await using var second = new PostgresSchedulerLease(configuration, NullLogger<PostgresSchedulerLease>.Instance);
        await using var third = new PostgresSchedulerLease(configuration, NullLogger<PostgresSchedulerLease>.Instance);

        Assert.True(await lease.HoldAsync(CancellationToken.None));
        Assert.False(await second.HoldAsync(CancellationToken.None));
        Assert.False(await third.HoldAsync(CancellationToken.None));

        await ((IAsyncDisposable)lease).DisposeAsync(); // the holder dies: its connection ends

        var holders = new[] { await second.HoldAsync(CancellationToken.None), await third.HoldAsync(CancellationToken.None) };
        Assert.Single(holders, held => held);
        Assert.True(await second.HoldAsync(CancellationToken.None)); // a holder keeps it
    }
}
