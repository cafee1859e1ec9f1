namespace Cms.Bench;

internal sealed record IndexingResult(
    int Docs, int Stories, IReadOnlyDictionary<string, int> ByLanguage, double GenerateSeconds, double IndexSeconds, double DbSizeMb)
{
    public double PerSecond => Docs / IndexSeconds;
}
