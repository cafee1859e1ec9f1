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

    public double UnseenMean => UnseenLemmas.Average(s => s.F1);

    public double UnseenMin => UnseenLemmas.Min(s => s.F1);

    public double UnseenMax => UnseenLemmas.Max(s => s.F1);

    /// <summary>Mean training-fold F1 minus mean F1 on held-out words of unseen lemmas.</summary>
    public double UnseenGap => TrainMean - UnseenMean;
}
