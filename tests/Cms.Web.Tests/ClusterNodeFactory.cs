using Microsoft.AspNetCore.Hosting;

namespace Cms.Web.Tests;

/// <summary>
/// One node of a site that runs on several: a data directory of its own (search index, media, lock files) over the
/// database of a <see cref="SharedDatabase"/> (on SQLite its file, named by <c>ConnectionStrings:Cms</c>; on PostgreSQL its
/// database). The first node started migrates and seeds it.
/// </summary>
public sealed class ClusterNodeFactory : CmsWebFactory
{
    private readonly TempDirectory data;
    private readonly string databaseDirectory;

    internal ClusterNodeFactory(SharedDatabase database)
        : this(new TempDirectory(), database.Directory)
    {
    }

    private ClusterNodeFactory(TempDirectory data, string databaseDirectory)
        : base(data, ownsData: false)
    {
        this.data = data;
        this.databaseDirectory = databaseDirectory;
    }

    protected override string DatabaseDirectory => databaseDirectory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Tests poll a node's search every few milliseconds to time how soon it sees another node's change.
        builder.UseSetting("SearchLimits:PerMinutePerClient", "100000");
        if (!TestDatabase.IsPostgres)
        {
            builder.UseSetting("ConnectionStrings:Cms", $"Data Source={Path.Combine(databaseDirectory, "cms.db")}");
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            data.Dispose();
        }
    }
}
