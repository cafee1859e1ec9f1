using System.Globalization;
using Cms.Search.Analysis.Ka;
using Cms.Search.Analysis.Ky;
using Cms.Search.Analysis.Ru;

namespace Cms.Bench.Stemming;

/// <summary>Scores each language's stemmer, and the first-5-letters baseline, on the UD treebanks.</summary>
internal static class StemmerReport
{
    private static readonly (string File, string Stemmer, Func<string, string> Stem)[] Cases =
    [
        ("ky_ktmu-ud-train", "KyrgyzStemmer", KyrgyzStemmer.Stem),
        ("ka_gnc-ud-train", "GeorgianStemmer", GeorgianStemmer.Stem),
        ("ka_glc-ud-dev", "GeorgianStemmer", GeorgianStemmer.Stem),
        ("ru_gsd-ud-dev", "Russian (Snowball + 3 rules)", RussianStemming.Stem),
        ("ru_taiga-ud-dev", "Russian (Snowball + 3 rules)", RussianStemming.Stem),
    ];

    public static void Run(string shared)
    {
        Console.WriteLine("| file | stemmer | forms | recall | precision | F1 | baseline F1 (first 5 letters) |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (file, stemmer, stem) in Cases)
        {
            var path = SharedData.UdFile(shared, file);
            if (!File.Exists(path))
            {
                throw new BenchException($"missing UD file '{path}'");
            }

            var score = UdEvaluation.Evaluate(path, stem);
            var baseline = UdEvaluation.Evaluate(path, FirstFive);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {file} | {stemmer} | {score.Forms} | {score.Recall:F3} | {score.Precision:F3} | {score.F1:F3} | {baseline.F1:F3} |"));
        }
    }

    private static string FirstFive(string word) => word.Length <= 5 ? word : word[..5];
}
