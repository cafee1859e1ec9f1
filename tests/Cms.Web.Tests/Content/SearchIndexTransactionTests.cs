using System.Text.Json;
using Cms.Web.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Content;

/// <summary>The index changes in the same transaction as the content: unpublish removes, publish adds, failure keeps both.</summary>
public sealed class SearchIndexTransactionTests(CmsWebFactory factory) : IClassFixture<CmsWebFactory>
{
    private const string Seminar = "2017-06-01-homeowner-resource-centres-seminar";

    private async Task<int> TotalAsync(string query)
    {
        using var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=" + Uri.EscapeDataString(query)));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task Unpublish_then_publish_through_import_updates_search_and_a_failed_import_changes_neither()
    {
        using var tree = new TempDirectory();
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<ContentExporter>().ExportAsync(tree.Path);
        var file = Path.Combine(tree.Path, Seminar, "ka.md");
        var published = File.ReadAllText(file);
        Assert.Equal(1, await TotalAsync("Tbilisi"));

        File.WriteAllText(file, published.Replace("status: published", "status: unpublished", StringComparison.Ordinal));
        await services.GetRequiredService<ContentImporter>().ImportAsync(tree.Path);
        Assert.Equal(0, await TotalAsync("Tbilisi"));

        File.WriteAllText(file, published.Replace("სემინარი", "სემინარი ზუგდიდში", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(tree.Path, "zz-bad"));
        File.WriteAllText(Path.Combine(tree.Path, "zz-bad", "story.yml"), "kind: news\nsource: ka\n");
        await Assert.ThrowsAsync<ContentException>(() => services.GetRequiredService<ContentImporter>().ImportAsync(tree.Path));
        Assert.Equal(0, await TotalAsync("Tbilisi"));

        Directory.Delete(Path.Combine(tree.Path, "zz-bad"), recursive: true);
        await services.GetRequiredService<ContentImporter>().ImportAsync(tree.Path);
        Assert.Equal(1, await TotalAsync("Tbilisi"));
        Assert.Equal(1, await TotalAsync("Zugdidi"));
    }
}
