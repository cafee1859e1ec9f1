namespace Cms.Bench;

internal static class DirectorySize
{
    public static double Megabytes(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1024d / 1024d;
}
