using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Cms.Web.Tests;

/// <summary>The site with its own fresh database, seeded from the repository's <c>content/</c>. One per test class.</summary>
public class CmsWebFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory data;
    private readonly bool ownsData;

    public CmsWebFactory()
        : this(new TempDirectory(), ownsData: true)
    {
    }

    /// <summary>A site over a data directory the caller owns, e.g. to start it again after a "restart".</summary>
    protected CmsWebFactory(TempDirectory data, bool ownsData)
    {
        this.data = data;
        this.ownsData = ownsData;
    }

    public string DataDirectory => data.Path;

    /// <summary>Names the database (SQLite's file in it, or the PostgreSQL database made for it): the data directory,
    /// unless the site is one node of several over one database.</summary>
    protected virtual string DatabaseDirectory => data.Path;

    protected virtual string? ContentDirectory => RepoPaths.Content;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Cms:DataDirectory", data.Path);
        builder.UseSetting("Cms:ContentDirectory", ContentDirectory ?? Path.Combine(data.Path, "no-content"));
        // Every test client comes from one address; the per-client sign-in limit has its own tests.
        builder.UseSetting("Cms:SignInAttemptsPerClient", "100000");
        foreach (var (key, value) in TestDatabase.Settings(DatabaseDirectory))
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient CreateNonRedirectingClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            if (ownsData)
            {
                TestDatabase.Drop(data.Path);
                data.Dispose();
            }
        }
    }
}
