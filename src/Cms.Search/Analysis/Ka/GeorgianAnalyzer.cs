using Cms.Search.Analysis.Common;

namespace Cms.Search.Analysis.Ka;

public static class GeorgianAnalyzer
{
    private static readonly string[] Probe = ["თბილისში", "სემინარზე", "რესურსცენტრების", "ბინათმესაკუთრეთა", "გაერთიანებების", "მეგობრის", "ქალი", "ცოლის", "სახეობის", "უდიდესი", "კვლევისას", "დიდ"];

    public static Analyzer Create() => new AnalyzerBuilder("ka")
        .Add(new NormalizationFilter())
        .Add(new HyphenatedPartsFilter())
        .Add(new StopWordFilter("ka", GeorgianStopWords.Words))
        .Add(new StemFilter("ka", GeorgianStemmer.Stem, [.. Probe, .. GeorgianStopWords.Words]))
        .Build();
}
