namespace Cms.Web.Newsroom.Diffing;

/// <summary>
/// Myers' O(ND) difference algorithm in its linear-space form (divide and conquer on the middle snake),
/// over sequences of interned token ids. It marks which tokens of <c>a</c> are deleted and which of
/// <c>b</c> are inserted; everything unmarked is the common subsequence.
/// </summary>
internal sealed class MyersDiff
{
    private readonly int[] _a;
    private readonly int[] _b;
    private readonly bool[] _deleted;
    private readonly bool[] _inserted;
    private readonly int[] _forward;
    private readonly int[] _reverse;
    private readonly int _maxRounds;
    private long _budget;

    private MyersDiff(int[] a, int[] b, int maxEditDistance, long workBudget)
    {
        _a = a;
        _b = b;
        _deleted = new bool[a.Length];
        _inserted = new bool[b.Length];
        _forward = new int[a.Length + b.Length + 3];
        _reverse = new int[a.Length + b.Length + 3];
        // A middle snake at round d means an edit distance of 2d-1 or 2d.
        _maxRounds = (maxEditDistance / 2) + 1;
        _budget = workBudget;
    }

    /// <summary>
    /// Returns which tokens are deleted from <paramref name="a"/> and inserted into <paramref name="b"/>.
    /// A sub-problem whose edit distance exceeds <paramref name="maxEditDistance"/>, or any work after
    /// <paramref name="workBudget"/> steps are spent, is answered coarsely (all of it deleted and inserted).
    /// </summary>
    public static (bool[] Deleted, bool[] Inserted) Run(int[] a, int[] b, int maxEditDistance, long workBudget)
    {
        var diff = new MyersDiff(a, b, maxEditDistance, workBudget);
        diff.Compare(0, a.Length, 0, b.Length);
        return (diff._deleted, diff._inserted);
    }

    private void Compare(int aLo, int aHi, int bLo, int bHi)
    {
        while (aLo < aHi && bLo < bHi && _a[aLo] == _b[bLo])
        {
            aLo++;
            bLo++;
        }

        while (aLo < aHi && bLo < bHi && _a[aHi - 1] == _b[bHi - 1])
        {
            aHi--;
            bHi--;
        }

        if (aLo == aHi || bLo == bHi
            || !TryMiddleSnake(aLo, aHi, bLo, bHi, out var x0, out var y0, out var x1, out var y1)
            || !IsProperSplit(aLo, aHi, bLo, bHi, x0, y0, x1, y1))
        {
            Array.Fill(_deleted, true, aLo, aHi - aLo);
            Array.Fill(_inserted, true, bLo, bHi - bLo);
            return;
        }

        Compare(aLo, x0, bLo, y0);
        Compare(x1, aHi, y1, bHi);
    }

    // A split must lie inside the range and leave two strictly smaller sub-problems, or the recursion would not end.
    private static bool IsProperSplit(int aLo, int aHi, int bLo, int bHi, int x0, int y0, int x1, int y1) =>
        aLo <= x0 && x0 <= x1 && x1 <= aHi
        && bLo <= y0 && y0 <= y1 && y1 <= bHi
        && x1 - x0 == y1 - y0
        && (x0 - aLo) + (y0 - bLo) < (aHi - aLo) + (bHi - bLo)
        && (aHi - x1) + (bHi - y1) < (aHi - aLo) + (bHi - bLo);

    private bool TryMiddleSnake(int aLo, int aHi, int bLo, int bHi, out int x0, out int y0, out int x1, out int y1)
    {
        int n = aHi - aLo;
        int m = bHi - bLo;
        int delta = n - m;
        bool odd = (delta & 1) != 0;
        // Diagonal k = x - y lies in [-m, n]; its neighbours k - 1 and k + 1 are read too.
        int off = m + 1;
        var fwd = _forward;
        var rev = _reverse;
        var a = _a.AsSpan(aLo, n);
        var b = _b.AsSpan(bLo, m);
        long budget = _budget;
        fwd[off - 1] = fwd[off + 1] = -1;
        rev[off - 1] = rev[off + 1] = -1;
        int fMin = 0, fMax = 0, rMin = 0, rMax = 0;

        for (int d = 0; d <= _maxRounds && budget >= 0; d++)
        {
            if (d > 0)
            {
                Grow(fwd, off, m, n, ref fMin, ref fMax);
            }

            for (int k = fMin; k <= fMax; k += 2)
            {
                int below = fwd[off + k - 1];
                int above = fwd[off + k + 1];
                int x = below < above ? above : below + 1;
                int y = x - k;
                int sx = x, sy = y;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                budget -= 1 + x - sx;
                fwd[off + k] = x;
                int kr = delta - k;
                // With an odd delta the paths can only meet here, against the reverse paths of round d - 1.
                if (odd && d > 0 && kr >= rMin && kr <= rMax && x + rev[off + kr] >= n)
                {
                    _budget = budget;
                    (x0, y0, x1, y1) = (aLo + sx, bLo + sy, aLo + x, bLo + y);
                    return true;
                }
            }

            if (d > 0)
            {
                Grow(rev, off, m, n, ref rMin, ref rMax);
            }

            for (int k = rMin; k <= rMax; k += 2)
            {
                int below = rev[off + k - 1];
                int above = rev[off + k + 1];
                int x = below < above ? above : below + 1;
                int y = x - k;
                int sx = x, sy = y;
                while (x < n && y < m && a[n - 1 - x] == b[m - 1 - y])
                {
                    x++;
                    y++;
                }

                budget -= 1 + x - sx;
                rev[off + k] = x;
                int kf = delta - k;
                if (!odd && kf >= fMin && kf <= fMax && fwd[off + kf] + x >= n)
                {
                    _budget = budget;
                    (x0, y0, x1, y1) = (aHi - x, bHi - y, aHi - sx, bHi - sy);
                    return true;
                }
            }
        }

        _budget = budget;
        x0 = y0 = x1 = y1 = 0;
        return false;
    }

    /// <summary>
    /// Widens the diagonal range by one on each side while it stays inside the edit graph (otherwise narrows
    /// it, keeping the parity of the round); -1 marks an unreachable neighbour so a step takes the other one.
    /// </summary>
    private static void Grow(int[] v, int off, int m, int n, ref int min, ref int max)
    {
        if (min > -m)
        {
            min--;
            v[off + min - 1] = -1;
        }
        else
        {
            min++;
        }

        if (max < n)
        {
            max++;
            v[off + max + 1] = -1;
        }
        else
        {
            max--;
        }
    }
}
