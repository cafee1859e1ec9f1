using Lucene.Net.Search;

namespace Cms.Search.Searching.Disjunction;

/// <summary>
/// Iterates, in document order, the documents any of its scorers matches, scored by the sum of their scores. Instead
/// of keeping the scorers in a heap and sifting it at every document (Lucene's disjunction), it lets each scorer in
/// turn run through a window of up to 2,048 documents, adding its scores into the window's slots and marking them in a
/// bitset, then walks the bitset: a tight loop per scorer and a bit scan per match. The sums are kept in doubles,
/// as Lucene's are.
/// </summary>
internal sealed class WindowedSumScorer : Scorer
{
    /// <summary>The largest window; a sum of few matches gets a smaller one (at least 64), so that a rare word does
    /// not clear 24 KB of slots per segment.</summary>
    public const int MaxWindowSize = 2048;

    private readonly Scorer[] scorers;
    private readonly int windowSize;
    private readonly double[] sums;
    private readonly int[] matchers;
    private readonly ulong[] marked;
    private readonly long cost;
    private int windowBase = -1;
    private int doc = -1;

    public WindowedSumScorer(Weight weight, Scorer[] scorers)
        : base(weight)
    {
        this.scorers = scorers;
        cost = scorers.Sum(s => s.GetCost());
        windowSize = (int)Math.Clamp(System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)Math.Max(cost, 1)), 64, MaxWindowSize);
        (sums, matchers, marked) = (new double[windowSize], new int[windowSize], new ulong[windowSize / 64]);
    }

    public override int DocID => doc;

    public override int Freq => matchers[doc - windowBase];

    public override float GetScore() => (float)sums[doc - windowBase];

    public override long GetCost() => cost;

    public override int NextDoc() => doc == NO_MORE_DOCS ? NO_MORE_DOCS : Scan(doc + 1);

    public override int Advance(int target) => Scan(Math.Max(target, doc + 1));

    public override ICollection<ChildScorer> GetChildren() => [.. scorers.Select(s => new ChildScorer(s, "SHOULD"))];

    /// <summary>Moves to the first match at or after <paramref name="from"/>.</summary>
    private int Scan(int from)
    {
        while (true)
        {
            if (windowBase >= 0 && from < windowBase + windowSize)
            {
                var slot = NextMarked(Math.Max(from - windowBase, 0)); // a new window starts at its first match, maybe after from
                if (slot >= 0)
                {
                    return doc = windowBase + slot;
                }

                from = windowBase + windowSize;
            }

            var first = NO_MORE_DOCS;
            foreach (var scorer in scorers)
            {
                var at = scorer.DocID < from ? scorer.Advance(from) : scorer.DocID;
                first = Math.Min(first, at);
            }

            if (first == NO_MORE_DOCS)
            {
                return doc = NO_MORE_DOCS;
            }

            Fill(first);
        }
    }

    /// <summary>Clears the last window and scores the one that starts at <paramref name="start"/>, every scorer in
    /// turn, leaving each on its first document beyond it.</summary>
    private void Fill(int start)
    {
        for (var word = 0; word < marked.Length; word++)
        {
            for (var bits = marked[word]; bits != 0; bits &= bits - 1)
            {
                var slot = (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                (sums[slot], matchers[slot]) = (0d, 0);
            }

            marked[word] = 0;
        }

        windowBase = start;
        var end = start + windowSize;
        foreach (var scorer in scorers)
        {
            for (var at = scorer.DocID; at < end; at = scorer.NextDoc())
            {
                var slot = at - start;
                sums[slot] += scorer.GetScore();
                matchers[slot]++;
                marked[slot >> 6] |= 1UL << slot;
            }
        }
    }

    /// <summary>The first marked slot at or after <paramref name="slot"/>, or -1.</summary>
    private int NextMarked(int slot)
    {
        var word = slot >> 6;
        var bits = marked[word] & (ulong.MaxValue << (slot & 63));
        while (bits == 0)
        {
            if (++word == marked.Length)
            {
                return -1;
            }

            bits = marked[word];
        }

        return (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
    }
}
