namespace Cms.Web.Tests.Newsroom;

/// <summary>The five raw seed texts, vendored in the repository's <c>tests/data/seeds</c> and copied beside the
/// test assembly (see tests/data/README.md).</summary>
internal static class Seeds
{
    /// <summary>The seeds directory; a missing one fails the test that reads it.</summary>
    public static string Directory
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "data", "seeds");
            return System.IO.Directory.Exists(path)
                ? path
                : throw new DirectoryNotFoundException($"Test data missing: tests/data/seeds (looked for {path}).");
        }
    }

    /// <summary>The text of the seed whose file name starts with <paramref name="number"/> ("000" … "004").</summary>
    public static string Read(string number) =>
        File.ReadAllText(System.IO.Directory.GetFiles(Directory, number + "_*.txt").Single());
}
