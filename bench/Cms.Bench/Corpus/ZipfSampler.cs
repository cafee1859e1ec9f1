namespace Cms.Bench.Corpus;

/// <summary>Draws ranks 0..n-1 with probability proportional to 1 / (rank + q)^s: a few words common, most rare.</summary>
internal sealed class ZipfSampler
{
    private readonly double[] cumulative;

    public ZipfSampler(int count, double exponent = 1.05, double shift = 2.7)
    {
        cumulative = new double[count];
        var sum = 0d;
        for (var rank = 0; rank < count; rank++)
        {
            sum += 1d / Math.Pow(rank + shift, exponent);
            cumulative[rank] = sum;
        }

        for (var rank = 0; rank < count; rank++)
        {
            cumulative[rank] /= sum;
        }
    }

    public int Next(Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
