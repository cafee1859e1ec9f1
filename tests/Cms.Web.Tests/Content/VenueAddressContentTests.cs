using Cms.Web.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Content;

/// <summary>A venue's address line per language: in <c>story.yml</c>, through import and export, on the article.</summary>
public sealed class VenueAddressContentTests(CmsWebFactory factory) : IClassFixture<CmsWebFactory>
{
    private const string Story = "2023-08-22-osh-dialogue-platform";

    [Fact]
    public async Task An_address_imports_exports_byte_for_byte_and_shows_in_the_page_language_else_marked()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<ContentExporter>().ExportAsync(first.Path);
        var file = Path.Combine(first.Path, Story, "story.yml");
        var yaml = File.ReadAllText(file).Replace(
            "venue: \"osh\"\n", "venue: \"osh\"\nvenueAddress: { ru: \"ул. Ленина, 205, зал \\\"Ынтымак\\\"\" }\n", StringComparison.Ordinal);
        File.WriteAllText(file, yaml);

        var import = await services.GetRequiredService<ContentImporter>().ImportAsync(first.Path);
        await services.GetRequiredService<ContentExporter>().ExportAsync(second.Path);

        Assert.True(import.ChangedAnything);
        Assert.Equal(yaml, File.ReadAllText(Path.Combine(second.Path, Story, "story.yml")));
        using var client = factory.CreateClient();
        var ru = await Html.ParseAsync(await client.GetAsync("/ru/news/" + Slug(first.Path, "ru")));
        var address = ru.QuerySelector("section.event .address")!;
        Assert.Equal("ул. Ленина, 205, зал \"Ынтымак\"", address.TextContent);
        Assert.False(address.HasAttribute("lang"));
        var ky = await Html.ParseAsync(await client.GetAsync("/ky/news/" + Slug(first.Path, "ky")));
        Assert.Equal("ru", ky.QuerySelector("section.event .address")!.GetAttribute("lang"));
    }

    private static string Slug(string tree, string language) =>
        File.ReadAllLines(Path.Combine(tree, Story, language + ".md")).Single(l => l.StartsWith("slug: ", StringComparison.Ordinal))[7..^1];
}
