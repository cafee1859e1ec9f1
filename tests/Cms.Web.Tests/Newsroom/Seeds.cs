namespace Cms.Web.Tests.Newsroom;

/// <summary>The five raw seed texts in <c>shared/seeds</c> beside the repository (see shared/README.md).</summary>
internal static class Seeds
{
    /// <summary>The seeds directory, or null where this machine has no shared folder.</summary>
    public static string? Directory { get; } = Find();

    /// <summary>The text of the seed whose file name starts with <paramref name="number"/> ("000" … "004").</summary>
    public static string Read(string number)
    {
        var directory = Directory ?? throw new InvalidOperationException("shared/seeds not found.");
        var file = System.IO.Directory.GetFiles(directory, number + "_*.txt").Single();
        return File.ReadAllText(file);
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[]
            {
                Path.Combine(dir.FullName, "shared", "seeds"),
                Path.Combine(dir.FullName, "..", "shared", "seeds"),
            })
            {
                if (System.IO.Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        return null;
    }
}
