using Cms.Search.Analysis.Common;

namespace Cms.Search.Analysis.Ky;

public static class KyrgyzAnalyzer
{
    private static readonly string[] Probe = ["конуштарында", "жамааттарынын", "бишкекте", "долбоорунун", "кылышты", "көлдө", "уюштурулду", "демилге", "маселе", "аппарат", "иштейм", "казино", "россиялык"];

    public static Analyzer Create() => new AnalyzerBuilder("ky")
        .Add(new NormalizationFilter())
        .Add(new HyphenatedPartsFilter())
        .Add(new StopWordFilter("ky", KyrgyzStopWords.Words))
        .Add(new StemFilter("ky", KyrgyzStemmer.Stem, [.. Probe, .. KyrgyzStopWords.Words]))
        .Build();
}
