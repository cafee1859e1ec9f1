using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using LuceneRussianAnalyzer = Lucene.Net.Analysis.Ru.RussianAnalyzer;

namespace Cms.Bench.Plain;

/// <summary>
/// The plain Lucene.Net index as a user would first write it: title, summary and body per language (title_ru …),
/// stored, analysed by Lucene's <c>RussianAnalyzer</c> for Russian and <c>StandardAnalyzer</c> for Kyrgyz and Georgian
/// (Lucene has no analyser for either), weighed 10/4/1 like ours.
/// </summary>
internal static class PlainFields
{
    public const string Id = "id";
    public const string Language = "lang";

    public static readonly string[] Languages = ["ky", "ru", "ka"];

    public static readonly string[] Searched = [.. Languages.SelectMany(l => new[] { Title(l), Summary(l), Body(l) })];

    public static readonly Dictionary<string, float> Boosts = Languages
        .SelectMany(l => new[] { (Title(l), 10f), (Summary(l), 4f), (Body(l), 1f) })
        .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    public static string Title(string language) => "title_" + language;

    public static string Summary(string language) => "summary_" + language;

    public static string Body(string language) => "body_" + language;

    public static Analyzer CreateAnalyzer()
    {
        var russian = new LuceneRussianAnalyzer(LuceneVersion.LUCENE_48);
        return new PerFieldAnalyzerWrapper(
            new StandardAnalyzer(LuceneVersion.LUCENE_48),
            new Dictionary<string, Analyzer>(StringComparer.Ordinal)
            {
                [Title("ru")] = russian,
                [Summary("ru")] = russian,
                [Body("ru")] = russian,
            });
    }
}
