namespace Cms.Search.Analysis.Common;

/// <summary>
/// <see cref="char.ToLowerInvariant(char)"/> read from a table made with it once: the same answer for every character,
/// without the call into ICU that the runtime makes for every letter outside ASCII (most of the cost of sifting a
/// Cyrillic or Georgian text for snippets, and a share of analysis).
/// </summary>
internal static class InvariantLower
{
    private static readonly char[] Table = Build();

    public static char Of(char c) => Table[c];

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
