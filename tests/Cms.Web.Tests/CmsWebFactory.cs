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
        : this(data, ownsData, data.Path)
    {
    }

    /// <summary>A site over <paramref name="data"/> whose database is that of <paramref name="databaseDirectory"/>:
    /// one node of several sharing a database (the caller drops it).</summary>
    protected CmsWebFactory(TempDirectory data, bool ownsData, string databaseDirectory)
    {
        this.data = data;
        this.ownsData = ownsData;
        DatabaseDirectory = databaseDirectory;
    }

    public string DataDirectory => data.Path;

    /// <summary>The directory whose database the site uses: its data directory unless it shares another's.</summary>
    public string DatabaseDirectory { get; }

    protected virtual string? ContentDirectory => RepoPaths.Content;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Cms:DataDirectory", data.Path);
        builder.UseSetting("Cms:ContentDirectory", ContentDirectory ?? Path.Combine(data.Path, "no-content"));
        // Every test client comes from one address; the per-client sign-in limit has its own tests.
        builder.UseSetting("Cms:SignInAttemptsPerClient", "100000");
        foreach (var (key, value) in TestDatabase.Settings(data.Path, DatabaseDirectory))
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
                if (string.Equals(DatabaseDirectory, data.Path, StringComparison.Ordinal))
                {
                    TestDatabase.Drop(data.Path);
                }

                data.Dispose();
            }
        }
    }
}
