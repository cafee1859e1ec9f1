namespace Cms.Web.Tests.Cli;

public sealed class ImportExportCliTests : IDisposable
{
    private readonly TempDirectory data = new();

    [Fact]
    public async Task Import_twice_changes_nothing_the_second_time_and_export_reproduces_content()
    {
        var first = await CliRunner.RunAsync(data.Path, "import", RepoPaths.Content);
        var second = await CliRunner.RunAsync(data.Path, "import", RepoPaths.Content);
        using var export = new TempDirectory();
        var exported = await CliRunner.RunAsync(data.Path, "export", export.Path);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("stories: 5 created", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("stories: 0 created, 0 updated; translations: 0 created, 0 updated; 7 unchanged", second.Output, StringComparison.Ordinal);
        Assert.Equal(0, exported.ExitCode);
        foreach (var file in Directory.GetFiles(RepoPaths.Content, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(export.Path, Path.GetRelativePath(RepoPaths.Content, file));
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(copy));
        }
    }

    [Fact]
    public async Task A_bad_tree_fails_with_file_line_message_on_stderr_and_a_nonzero_exit()
    {
        using var tree = new TempDirectory();
        var story = Path.Combine(tree.Path, "bad-story");
        Directory.CreateDirectory(story);
        File.WriteAllText(Path.Combine(story, "story.yml"), "kind: news\nsource: ru\n");
        File.WriteAllText(Path.Combine(story, "ru.md"), "---\nslug: \"x\"\n---\n\nText\n");

        var result = await CliRunner.RunAsync(data.Path, "import", tree.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Path.Combine(story, "ru.md") + ":2: missing 'title'", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Unknown_verb_prints_usage_and_fails()
    {
        var result = await CliRunner.RunAsync(data.Path, "frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("import <DIR>", result.Error, StringComparison.Ordinal);
        Assert.Contains("Unrecognized command or argument 'frobnicate'", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
