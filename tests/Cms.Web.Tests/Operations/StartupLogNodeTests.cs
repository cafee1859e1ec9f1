using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Cms.Web.Tests.Operations;

/// <summary>What a node logs while it starts on a new database: every line names the node (several nodes write to
/// one log collector), and nothing logs a failure that is not one.</summary>
public sealed class StartupLogNodeTests
{
    [Fact]
    public async Task Migrating_and_seeding_a_new_database_log_under_the_node_s_name_and_log_no_failed_command()
    {
        var logs = new CapturingLoggerProvider();
        await using var site = new CmsWebFactory();
        await using var named = site.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Cms:NodeName", "web-7");
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        });
        using var client = named.CreateClient();
        using var response = await client.GetAsync("/ru/");

        var entries = logs.Entries.ToList();
        var migrating = Assert.Single(entries, e => e.Message.StartsWith("Applying ", StringComparison.Ordinal) && e.Message.EndsWith("migration(s)", StringComparison.Ordinal));
        var seeded = Assert.Single(entries, e => e.Message.StartsWith("Imported ", StringComparison.Ordinal));
        var listening = entries.First(e => e.Category.StartsWith("Cms.Web.Search", StringComparison.Ordinal));
        Assert.All(new[] { migrating, seeded, listening }, e => Assert.Contains("Node web-7", e.Scopes));
        Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Error);
    }
}
