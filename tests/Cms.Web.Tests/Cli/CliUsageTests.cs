namespace Cms.Web.Tests.Cli;

/// <summary>Every verb: 0 on success, 1 with one clear line on failure (never a stack trace), 2 on a usage error.</summary>
public sealed class CliUsageTests : IDisposable
{
    private readonly TempDirectory data = new();
    private readonly TempDirectory tree = new();

    [Fact]
    public async Task Yaml_that_YamlDotNet_rejects_fails_the_import_with_file_line_and_exit_1()
    {
        var file = WriteStory("kind: news\nsource: ru\n", "---\ntitle: [unclosed\n---\n\nText\n");

        var result = await CliRunner.RunAsync(data.Path, "import", tree.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(file + ":2: broken YAML", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_numeric_kind_fails_the_import_with_file_line()
    {
        WriteStory("kind: \"7\"\nsource: ru\n", "---\ntitle: \"T\"\n---\n\nText\n");

        var result = await CliRunner.RunAsync(data.Path, "import", tree.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Path.Combine(tree.Path, "a-story", "story.yml") + ":1: unknown kind '7'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_nested_128_deep_fails_the_import_with_file_line_and_nothing_is_applied()
    {
        var file = WriteStory("kind: news\nsource: ru\n", "---\ntitle: \"T\"\n---\n\n" + string.Concat(Enumerable.Repeat("> ", 128)) + "x\n");
        var good = Path.Combine(tree.Path, "b-good");
        Directory.CreateDirectory(good);
        File.WriteAllText(Path.Combine(good, "story.yml"), "kind: news\nsource: ru\n");
        File.WriteAllText(Path.Combine(good, "ru.md"), "---\ntitle: \"Хорошая\"\nstatus: published\npublishedAt: 2023-08-22T06:00:00Z\n---\n\nТекст.\n");

        var result = await CliRunner.RunAsync(data.Path, "import", tree.Path);
        var search = await CliRunner.RunAsync(data.Path, "search", "Хорошая");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(file + ":5: Line 1 of the text: block quotes or lists are nested 128 deep", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, search.ExitCode);
        Assert.StartsWith("0 stories", search.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "Ош", "--bogus")]
    [InlineData("search", "Ош", "--page", "0")]
    [InlineData("search", "Ош", "--page=x")]
    [InlineData("search", "Ош", "--sort", "random")]
    [InlineData("import", "a", "b")]
    [InlineData("export")]
    [InlineData("analyze", "--lang", "en")]
    [InlineData("users", "add", "--email", "a@example.org", "--role", "boss")]
    [InlineData("users", "frobnicate")]
    [InlineData("reindex", "--force")]
    public async Task A_usage_error_exits_2_with_the_problem_and_the_verbs_help(params string[] arguments)
    {
        var result = await CliRunner.RunAsync(data.Path, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage:", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Page_with_equals_and_with_a_space_mean_the_same()
    {
        var imported = await CliRunner.RunAsync(data.Path, "import", RepoPaths.Content);
        var equals = await CliRunner.RunAsync(data.Path, "search", "Ош", "--page=2", "--lang=ru");
        var spaced = await CliRunner.RunAsync(data.Path, "search", "Ош", "--page", "2", "--lang", "ru");

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(0, equals.ExitCode);
        Assert.Contains("page 2", equals.Output, StringComparison.Ordinal);
        Assert.Equal(equals.Output, spaced.Output);
    }

    [Fact]
    public async Task Every_verb_has_help()
    {
        foreach (var verb in new[] { "import", "export", "reindex", "analyze", "search", "split", "users" })
        {
            var result = await CliRunner.RunAsync(data.Path, verb, "--help");

            Assert.True(result.ExitCode == 0, verb + ": " + result.Error);
            Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_failure_is_one_line_on_standard_error_and_exit_1()
    {
        using var blocker = new TempDirectory();
        var notADirectory = Path.Combine(blocker.Path, "file");
        File.WriteAllText(notADirectory, "");

        var result = await CliRunner.RunAsync(data.Path, "reindex", $"--Cms:DataDirectory={notADirectory}");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("reindex failed: ", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.NotEmpty(line);
    }

    public void Dispose()
    {
        data.Dispose();
        tree.Dispose();
    }

    private string WriteStory(string story, string ru)
    {
        var folder = Path.Combine(tree.Path, "a-story");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "story.yml"), story);
        var file = Path.Combine(folder, "ru.md");
        File.WriteAllText(file, ru);
        return file;
    }
}
