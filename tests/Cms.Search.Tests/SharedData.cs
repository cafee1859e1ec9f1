namespace Cms.Search.Tests;

/// <summary>Locates the data shared between checkouts, which lives in a <c>shared</c> directory next to the repository.</summary>
public static class SharedData
{
    /// <summary>Returns the absolute path of <paramref name="relative"/> under the shared directory, or null when it is absent.</summary>
    public static string? Find(params string[] relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var shared in new[] { Path.Combine(dir.FullName, "shared"), Path.Combine(dir.FullName, "..", "shared") })
            {
                var candidate = Path.GetFullPath(Path.Combine([shared, .. relative]));
                if (File.Exists(candidate) || Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
