using System.Globalization;
using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Data;

/// <summary>Every connection the site opens gets the search's page cache (SearchIndex.ConnectionPragmas).</summary>
[Trait("Database", "Sqlite")]
public sealed class ConnectionSettingsTests(EmptySiteFactory factory) : IClassFixture<EmptySiteFactory>
{
    [Fact]
    public async Task Connections_opened_by_EF_get_a_64_MB_page_cache()
    {
        _ = factory.Server;
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA cache_size";

        Assert.Equal(-65536L, Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture));
    }
}
