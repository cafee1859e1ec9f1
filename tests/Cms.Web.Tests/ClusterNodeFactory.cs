using Microsoft.AspNetCore.Hosting;

namespace Cms.Web.Tests;

/// <summary>
/// One node of a site that runs on several, on the machine's clock: a data directory of its own (search index, media,
/// lock files) over the database of a <see cref="SharedDatabase"/>. The first node started migrates and seeds it.
/// </summary>
public sealed class ClusterNodeFactory : CmsWebFactory
{
    internal ClusterNodeFactory(SharedDatabase database)
        : base(new TempDirectory(), ownsData: true, database.Directory)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Tests poll a node's search every few milliseconds to time how soon it sees another node's change.
        builder.UseSetting("SearchLimits:PerMinutePerClient", "100000");
    }
}
