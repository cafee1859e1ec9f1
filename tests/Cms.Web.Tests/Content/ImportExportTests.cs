using System.Net;
using Cms.Web.Content;
using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Content;

public sealed class ImportExportTests(CmsWebFactory factory) : IClassFixture<CmsWebFactory>
{
    [Fact]
    public async Task Export_of_the_seeded_site_reproduces_content_byte_for_byte()
    {
        using var export = new TempDirectory();
        await using var scope = factory.Services.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<ContentExporter>().ExportAsync(export.Path);

        AssertSameTree(RepoPaths.Content, export.Path);
    }

    [Fact]
    public async Task Export_import_export_is_byte_identical_and_a_second_import_changes_nothing()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;

        await services.GetRequiredService<ContentExporter>().ExportAsync(first.Path);
        var import = await services.GetRequiredService<ContentImporter>().ImportAsync(first.Path);
        await services.GetRequiredService<ContentExporter>().ExportAsync(second.Path);

        Assert.False(import.ChangedAnything, import.ToString());
        AssertSameTree(first.Path, second.Path);
    }

    [Fact]
    public async Task A_bad_file_applies_nothing_of_the_run()
    {
        using var tree = new TempDirectory();
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<ContentExporter>().ExportAsync(tree.Path);
        var osh = Path.Combine(tree.Path, "2023-08-22-osh-dialogue-platform", "ru.md");
        File.WriteAllText(osh, File.ReadAllText(osh).Replace("title: \"В Оше", "title: \"ИЗМЕНЕНО В Оше", StringComparison.Ordinal));
        var broken = Path.Combine(tree.Path, "zz-broken");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "story.yml"), "kind: news\nsource: ru\n");
        File.WriteAllText(Path.Combine(broken, "ru.md"), "---\ntitle: [unclosed\n---\n\nx\n");

        var error = await Assert.ThrowsAsync<ContentException>(() => services.GetRequiredService<ContentImporter>().ImportAsync(tree.Path));

        Assert.Contains(error.Errors, e => e.File.EndsWith(Path.Combine("zz-broken", "ru.md"), StringComparison.Ordinal));
        var db = services.GetRequiredService<CmsDbContext>();
        Assert.False(await db.Translations.AnyAsync(t => t.Title.StartsWith("ИЗМЕНЕНО")));
    }

    [Fact]
    public async Task A_changed_slug_answers_301_from_the_old_one()
    {
        using var tree = new TempDirectory();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            await services.GetRequiredService<ContentExporter>().ExportAsync(tree.Path);
            var file = Path.Combine(tree.Path, "2017-06-01-homeowner-resource-centres-seminar", "ka.md");
            var text = File.ReadAllText(file);
            var oldSlug = text.Split('\n').Single(l => l.StartsWith("slug: ", StringComparison.Ordinal))[7..^1];
            File.WriteAllText(file, text.Replace($"slug: \"{oldSlug}\"", "slug: \"saertashoriso-seminari\"", StringComparison.Ordinal));
            await services.GetRequiredService<ContentImporter>().ImportAsync(tree.Path);

            using var client = factory.CreateNonRedirectingClient();
            using var response = await client.GetAsync("/ka/news/" + oldSlug);

            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal("/ka/news/saertashoriso-seminari", response.Headers.Location!.OriginalString);
            using var current = await client.GetAsync("/ka/news/saertashoriso-seminari");
            Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        }
    }

    private static void AssertSameTree(string expected, string actual)
    {
        static List<string> Files(string root) =>
            [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
        Assert.Equal(Files(expected), Files(actual));
        foreach (var file in Files(expected))
        {
            var want = File.ReadAllBytes(Path.Combine(expected, file));
            var got = File.ReadAllBytes(Path.Combine(actual, file));
            Assert.True(want.AsSpan().SequenceEqual(got), $"{file} differs:\n--- expected\n{System.Text.Encoding.UTF8.GetString(want)}\n--- actual\n{System.Text.Encoding.UTF8.GetString(got)}");
        }
    }
}
