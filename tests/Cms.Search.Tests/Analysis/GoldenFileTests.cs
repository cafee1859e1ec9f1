using Cms.Search.Analysis;

namespace Cms.Search.Tests.Analysis;

/// <summary>
/// Text → terms, per language, against reviewed golden files (<c>Golden/{lang}.input.txt</c> → <c>{lang}.terms.txt</c>).
/// After an intended change of a chain, regenerate with CMS_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class GoldenFileTests
{
    private static readonly Analyzers Analyzers = new();

    [Theory]
    [InlineData("ru")]
    [InlineData("ky")]
    [InlineData("ka")]
    public void Terms_match_the_golden_file(string language)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Golden");
        var input = File.ReadAllLines(Path.Combine(folder, language + ".input.txt"));
        var actual = input.Select(line => string.Join(' ', Analyzers.For(language).Analyze(line).Select(t => t.Term))).ToArray();
        var goldenPath = Path.Combine(folder, language + ".terms.txt");
        if (Environment.GetEnvironmentVariable("CMS_UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(FindProjectDirectory(), "Golden", language + ".terms.txt");
            File.WriteAllLines(source, actual);
            return;
        }

        var expected = File.ReadAllLines(goldenPath);
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(expected[i] == actual[i], $"{language} line {i + 1}: {input[i]}\nexpected: {expected[i]}\nactual:   {actual[i]}");
        }
    }

    private static string FindProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cms.Search.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("test project folder not found");
    }
}
