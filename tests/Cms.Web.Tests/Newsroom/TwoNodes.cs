using Cms.Web.Newsroom.Media;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cms.Web.Tests.Newsroom;

/// <summary>Two nodes of one site, as behind a load balancer: each with a data directory of its own (search index,
/// media copies), both on one database. A starts first, then B; both have done their start-up media upkeep.</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private readonly TempDirectory database = new();

    public TwoNodes()
    {
        A = new NewsroomFactory(new TempDirectory(), ownsData: true, database.Path);
        B = new NewsroomFactory(new TempDirectory(), ownsData: true, database.Path);
    }

    public NewsroomFactory A { get; }

    public NewsroomFactory B { get; }

    /// <summary>The directory whose database both nodes use, for a third node.</summary>
    public string DatabaseDirectory => database.Path;

    public async Task InitializeAsync()
    {
        await A.EnsureUsersAsync();
        await UpkeepAsync(A);
        await B.EnsureUsersAsync();
        await UpkeepAsync(B);
    }

    /// <summary>Waits for the node's start-up media upkeep (copying its files into the database, renditions).</summary>
    public static Task UpkeepAsync(CmsWebFactory node) =>
        node.Services.GetServices<IHostedService>().OfType<MediaUpkeep>().Single().ExecuteTask ?? Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        TestDatabase.Drop(database.Path);
        SqliteConnection.ClearAllPools();
        database.Dispose();
    }
}
