namespace Cms.Bench.Stemming;

/// <summary>Per fold: the score on the training folds and on the held-out fold.</summary>
internal sealed record CrossValidationResult(UdScore[] Train, UdScore[] Test)
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
}
