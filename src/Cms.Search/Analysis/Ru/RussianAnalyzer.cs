using Cms.Search.Analysis.Common;

namespace Cms.Search.Analysis.Ru;

public static class RussianAnalyzer
{
    private static readonly string[] Probe = ["новостройках", "мероприятия", "организованы", "обсудят", "сообществах", "жизни", "проекта"];

    public static Analyzer Create() => new AnalyzerBuilder("ru")
        .Add(new NormalizationFilter())
        .Add(new HyphenatedPartsFilter())
        .Add(new StopWordFilter("ru", RussianStopWords.Words))
        .Add(new StemFilter("ru-snowball-reflexive", RussianStemming.Stem, [.. Probe, .. RussianStopWords.Words, "собираться", "собирать"]))
        .Build();
}
