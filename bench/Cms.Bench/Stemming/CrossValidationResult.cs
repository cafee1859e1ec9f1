namespace Cms.Bench.Stemming;

/// <summary>Per fold: the score on the training folds, on the held-out fold, and on the held-out words whose lemma
/// is not in the training folds.</summary>
internal sealed record CrossValidationResult(UdScore[] Train, UdScore[] Test, UdScore[] UnseenLemmas)
{
    public double Mean => Test.Average(s => s.F1);

    /// <summary>Sample standard deviation of the held-out F1 over the folds.</summary>
    public double Spread
    {
        get
        {
            var mean = Mean;
            return Math.Sqrt(Test.Sum(s => (s.F1 - mean) * (s.F1 - mean)) / (Test.Length - 1));
        }
    }

    public double Min => Test.Min(s => s.F1);

    public double Max => Test.Max(s => s.F1);

    public double TrainMean => Train.Average(s => s.F1);

    /// <summary>Mean training-fold F1 minus mean held-out F1.</summary>
    public double Gap => TrainMean - Mean;

    /// <summary>Same-lemma pairs among the held-out words of unseen lemmas, all folds together.</summary>
    public long UnseenPairs => UnseenLemmas.Sum(s => s.LemmaPairs);

    /// <summary>F1 on the held-out words of unseen lemmas, pooled over the folds (each fold has too few pairs alone).</summary>
    public double UnseenF1
    {
        get
        {
            var both = UnseenLemmas.Sum(s => s.Recall * s.LemmaPairs);
            var recall = both / Math.Max(1, UnseenPairs);
            var precision = both / Math.Max(1, UnseenLemmas.Sum(s => s.StemPairs));
            return recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
        }
    }

    /// <summary>Mean training-fold F1 minus the pooled F1 on held-out words of unseen lemmas.</summary>
    public double UnseenGap => TrainMean - UnseenF1;
}
