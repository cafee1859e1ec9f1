using Microsoft.AspNetCore.Hosting;

namespace Cms.Web.Tests.Syndication;

/// <summary>The seeded site with sitemap files of two URLs each, so that the seeds already need paging.</summary>
public sealed class SmallSitemapFactory : CmsWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Syndication:SitemapUrlsPerFile", "2");
    }
}
