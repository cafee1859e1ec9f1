namespace Cms.Bench;

/// <summary>Finds the shared data directory (<c>../shared</c> beside the repository) or fails with a clear message.</summary>
internal static class SharedData
{
    public static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CMS_SHARED_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Check(fromEnvironment);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Cms.sln")))
                {
                    return Check(Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared")));
                }
            }
        }

        return Check("/work/shared");
    }

    public static string UdFile(string shared, string name) => Path.Combine(shared, "data", "ud", name + ".conllu");

    private static string Check(string path)
    {
        if (!Directory.Exists(Path.Combine(path, "seeds")) || !Directory.Exists(Path.Combine(path, "data", "ud")))
        {
            throw new BenchException(
                $"shared data not found at '{path}': expected seeds/*.txt and data/ud/*.conllu there "
                + "(the repository's ../shared, or set CMS_SHARED_DIR)");
        }

        return path;
    }
}
