namespace Cms.Search.Searching;

/// <summary>
/// The first letters of the query terms, asked with the first letters of a word: a word of three letters or more
/// passes when its first three are a term's first three; a term shorter than three letters also lets through the
/// words it begins (ош → Ошто).
/// </summary>
internal sealed class PrefixSet
{
    private readonly HashSet<string> prefixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int[] shortLengths;

    public PrefixSet(IEnumerable<string> prefixes)
    {
        this.prefixes = new HashSet<string>(prefixes, StringComparer.Ordinal);
        lookup = this.prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        shortLengths = [.. this.prefixes.Where(p => p.Length is > 0 and < 3).Select(p => p.Length).Distinct()];
    }

    public bool Contains(ReadOnlySpan<char> wordPrefix)
    {
        if (lookup.Contains(wordPrefix))
        {
            return true;
        }

        foreach (var length in shortLengths)
        {
            if (length < wordPrefix.Length && lookup.Contains(wordPrefix[..length]))
            {
                return true;
            }
        }

        return false;
    }
}
