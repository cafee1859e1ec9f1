using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cms.Bench.Site;

internal sealed class SiteFactory(string dataDirectory, string contentDirectory) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Cms:DataDirectory", dataDirectory);
        builder.UseSetting("Cms:ContentDirectory", contentDirectory);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
