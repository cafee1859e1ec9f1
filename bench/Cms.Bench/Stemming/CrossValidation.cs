namespace Cms.Bench.Stemming;

/// <summary>
/// k-fold cross-validation by sentence: the file's sentences are cut into <see cref="Folds"/> contiguous blocks (no
/// shuffling, so the split is the same on every run and the sentences of one text stay mostly in one fold). For each
/// fold the stemmer is built from the other folds only (<c>fit</c> sees the training sentences and nothing else) and
/// scored on the fold left out; the training folds are scored too, for the gap. The held-out fold is scored once
/// more on its words whose lemma never occurs in the training folds: hand-written rules are fixed before any split,
/// so only that subset shows how they do on vocabulary they were not shaped on.
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
        var unseen = new UdScore[Folds];
        for (var f = 0; f < Folds; f++)
        {
            var (from, to) = Bounds(sentences.Count, f);
            var held = sentences.Skip(from).Take(to - from).ToArray();
            var rest = sentences.Take(from).Concat(sentences.Skip(to)).ToArray();
            var stem = fit(rest);
            train[f] = UdEvaluation.Score(rest.SelectMany(s => s), stem);
            test[f] = UdEvaluation.Score(held.SelectMany(s => s), stem);
            var known = rest.SelectMany(s => s).Select(w => w.Lemma).ToHashSet(StringComparer.Ordinal);
            unseen[f] = UdEvaluation.Score(held.SelectMany(s => s).Where(w => !known.Contains(w.Lemma)), stem);
        }

        return new CrossValidationResult(train, test, unseen);
    }

    /// <summary>The sentences [from, to) of fold <paramref name="fold"/>.</summary>
    public static (int From, int To) Bounds(int count, int fold) => (count * fold / Folds, count * (fold + 1) / Folds);
}
