using System.Globalization;
using Cms.Search.Analysis.Ka;
using Cms.Search.Analysis.Ky;
using Cms.Search.Analysis.Ru;

namespace Cms.Bench.Stemming;

/// <summary>
/// Scores each language's stemmer, and the first-5-letters baseline, on the UD treebanks: on the whole file, and
/// cross-validated by sentence (<see cref="CrossValidation"/>). Every stemmer here is fixed rules with no part
/// learned from data, so its fit ignores the training folds; a stemmer with a learned part (a word list, a suffix
/// table) must build it inside its fit from the training sentences it is given, never from the file.
/// </summary>
internal static class StemmerReport
{
    private static readonly (string File, string Stemmer, Func<IReadOnlyList<UdWord[]>, Func<string, string>> Fit)[] Cases =
    [
        ("ky_ktmu-ud-train", "Kyrgyz (ours)", _ => KyrgyzStemmer.Stem),
        ("ka_gnc-ud-train", "Georgian (ours)", _ => GeorgianStemmer.Stem),
        ("ka_glc-ud-dev", "Georgian (ours)", _ => GeorgianStemmer.Stem),
        ("ru_gsd-ud-dev", "Russian (Snowball + 3 rules)", _ => RussianStemming.Stem),
        ("ru_taiga-ud-dev", "Russian (Snowball + 3 rules)", _ => RussianStemming.Stem),
    ];

    public static void Run(string shared, string? dump)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Whole file, and {CrossValidation.Folds}-fold cross-validation by sentence (held-out F1: mean ± sample sd, min–max; gap = training-fold F1 − held-out F1; unseen lemmas: the held-out words whose lemma is not in the training folds, pairs of all folds pooled)."));
        Console.WriteLine();
        Console.WriteLine("| file | stemmer | forms | recall | precision | F1 | CV F1 | CV min–max | train F1 | gap | CV F1 unseen lemmas (pairs) | gap | first 5 letters F1 (CV, unseen) |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var errors = new List<(string File, IReadOnlyList<(string Kind, long Pairs)> Counts)>();
        foreach (var (file, stemmer, fit) in Cases)
        {
            var path = SharedData.UdFile(shared, file);
            if (!File.Exists(path))
            {
                throw new BenchException($"missing UD file '{path}'");
            }

            var sentences = UdEvaluation.LoadSentences(path);
            var words = sentences.SelectMany(s => s).ToArray();
            var stem = fit(sentences);
            var score = UdEvaluation.Score(words, stem);
            var cv = CrossValidation.Run(sentences, fit);
            var baseline = UdEvaluation.Score(words, FirstFive);
            var baselineCv = CrossValidation.Run(sentences, _ => FirstFive);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {file} | {stemmer} | {score.Forms} | {score.Recall:F3} | {score.Precision:F3} | {score.F1:F3} | {cv.Mean:F3} ± {cv.Spread:F3} | {cv.Min:F3}–{cv.Max:F3} | {cv.TrainMean:F3} | {cv.Gap:+0.000;−0.000;0.000} | {cv.UnseenF1:F3} ({cv.UnseenPairs}) | {cv.UnseenGap:+0.000;−0.000;0.000} | {baseline.F1:F3} ({baselineCv.Mean:F3}, {baselineCv.UnseenF1:F3}) |"));
            errors.Add((file, ErrorClasses.Count(words, stem)));
            if (dump is not null)
            {
                Dump(Path.Combine(dump, file + ".tsv"), sentences, stem);
            }
        }

        Console.WriteLine();
        Console.WriteLine("Wrong pairs by kind, whole file (" + string.Join("; ", errors[0].Counts.Select((c, i) => $"{(char)('a' + i)} = {c.Kind}")) + "):");
        Console.WriteLine();
        Console.WriteLine("| file | " + string.Join(" | ", errors[0].Counts.Select((_, i) => (char)('a' + i))) + " |");
        Console.WriteLine("| --- |" + string.Concat(Enumerable.Repeat(" ---: |", errors[0].Counts.Count)));
        foreach (var (file, counts) in errors)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {file} | {string.Join(" | ", counts.Select(c => c.Pairs))} |"));
        }
    }

    // Form, lemmas, stem and fold of every content word, for reading a stemmer's errors fold by fold.
    private static void Dump(string path, List<UdWord[]> sentences, Func<string, string> stem)
    {
        using var writer = new StreamWriter(path);
        for (var f = 0; f < CrossValidation.Folds; f++)
        {
            var (from, to) = CrossValidation.Bounds(sentences.Count, f);
            for (var i = from; i < to; i++)
            {
                foreach (var (form, lemma) in sentences[i])
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{f}\t{form}\t{lemma}\t{stem(form)}"));
                }
            }
        }
    }

    private static string FirstFive(string word) => word.Length <= 5 ? word : word[..5];
}
