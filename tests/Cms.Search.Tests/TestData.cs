using System.IO.Compression;
using System.Text;

namespace Cms.Search.Tests;

/// <summary>The data in the repository's <c>tests/data</c>, copied beside the test assembly as <c>data/</c>. A missing
/// file fails the test that needs it: nothing here is optional.</summary>
public static class TestData
{
    public static string PathOf(params string[] relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        var path = Path.Combine([AppContext.BaseDirectory, "data", .. relative]);
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new FileNotFoundException($"Test data missing: tests/data/{string.Join('/', relative)} (looked for {path}).", path);
    }

    /// <summary>The lines of a gzip-compressed UTF-8 text file.</summary>
    public static string[] ReadGzipLines(params string[] relative)
    {
        using var file = File.OpenRead(PathOf(relative));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return [.. lines];
    }
}
