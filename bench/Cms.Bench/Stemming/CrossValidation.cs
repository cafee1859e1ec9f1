namespace Cms.Bench.Stemming;

/// <summary>
/// k-fold cross-validation by sentence: the file's sentences are cut into <see cref="Folds"/> contiguous blocks (no
/// shuffling, so the split is the same on every run and the sentences of one text stay mostly in one fold). For each
/// fold the stemmer is built from the other folds only (<c>fit</c> sees the training sentences and nothing else) and
/// scored on the fold left out; the training folds are scored too, for the gap.
/// </summary>
internal static class CrossValidation
{
    public const int Folds = 5;

    public static CrossValidationResult Run(IReadOnlyList<UdWord[]> sentences, Func<IReadOnlyList<UdWord[]>, Func<string, string>> fit)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(fit);
        var train = new UdScore[Folds];
        var test = new UdScore[Folds];
        for (var f = 0; f < Folds; f++)
        {
            var (from, to) = Bounds(sentences.Count, f);
            var held = sentences.Skip(from).Take(to - from).ToArray();
            var rest = sentences.Take(from).Concat(sentences.Skip(to)).ToArray();
            var stem = fit(rest);
            train[f] = UdEvaluation.Score(rest.SelectMany(s => s), stem);
            test[f] = UdEvaluation.Score(held.SelectMany(s => s), stem);
        }

        return new CrossValidationResult(train, test);
    }

    /// <summary>The sentences [from, to) of fold <paramref name="fold"/>.</summary>
    public static (int From, int To) Bounds(int count, int fold) => (count * fold / Folds, count * (fold + 1) / Folds);
}
