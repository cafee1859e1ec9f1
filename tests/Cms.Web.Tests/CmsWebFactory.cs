using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Cms.Web.Tests;

/// <summary>The site with its own fresh database, seeded from the repository's <c>content/</c>. One per test class.</summary>
public class CmsWebFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory data = new();

    public string DataDirectory => data.Path;

    protected virtual string? ContentDirectory => RepoPaths.Content;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Cms:DataDirectory", data.Path);
        builder.UseSetting("Cms:ContentDirectory", ContentDirectory ?? Path.Combine(data.Path, "no-content"));
    }

    public HttpClient CreateNonRedirectingClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            data.Dispose();
        }
    }
}
