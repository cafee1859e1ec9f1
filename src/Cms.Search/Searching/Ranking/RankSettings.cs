using System.Runtime.InteropServices;

namespace Cms.Search.Searching.Ranking;

/// <summary>What every row of one query shares: read once into native memory that FTS5 keeps beside the
/// query (its auxiliary data) and frees with it.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct RankSettings
{
    public const int MaxColumns = 16;

    public int Columns;
    public int Phrases;
    public double AverageLength;
    public fixed double Weights[MaxColumns];
}
