using System.Buffers;
using System.Collections.Frozen;
using Cms.Search.Analysis.Common;

namespace Cms.Search.Searching;

/// <summary>
/// The characters a word that passes a snippet's sieve must contain: every character whose folded form (as
/// <see cref="SnippetBuilder"/> folds a word's first letters) is the first letter of a sifted prefix, and the combining
/// marks, after which only the full chain can tell. A text is searched for them with one vectorised scan, and only the
/// words around what it finds are sifted: the rest of a long body cannot pass.
/// </summary>
internal static class SiftLetters
{
    /// <summary>Skipped when folding (stress marks).</summary>
    public const int Skip = -2;

    /// <summary>A combining mark the fold cannot judge.</summary>
    public const int Unknown = -1;

    /// <summary>Each folded letter and the other characters that fold to it, made once from <see cref="Fold"/>.</summary>
    private static readonly FrozenDictionary<char, string> Unfolded = BuildUnfolded();

    /// <summary>A character of a word's beginning as <see cref="TermNormalizer"/> would leave it (lower case, ё → е,
    /// Mtavruli → Mkhedruli), <see cref="Skip"/> for a stress mark, <see cref="Unknown"/> for another combining mark.</summary>
    public static int Fold(char c) => c switch
    {
        '\u0301' or '\u0300' => Skip,
        >= '\u0300' and <= '\u036F' => Unknown,
        'ё' or 'Ё' or 'ѐ' or 'Ѐ' => 'е',
        'ѝ' or 'Ѝ' => 'и',
        >= '\u1C90' and <= '\u1CBA' or >= '\u1CBD' and <= '\u1CBF' => c - 0x1C90 + 0x10D0,
        _ => InvariantLower.Of(c),
    };

    /// <summary>The characters that can begin (or, in a hyphenated word, begin a part of) a word with one of these
    /// folded <paramref name="prefixes"/>, and the combining marks.</summary>
    public static SearchValues<char> For(IEnumerable<string> prefixes)
    {
        var letters = new HashSet<char>();
        foreach (var first in prefixes.Where(p => p.Length > 0).Select(p => p[0]))
        {
            letters.Add(first);
            if (Unfolded.TryGetValue(first, out var others))
            {
                letters.UnionWith(others);
            }
        }

        for (var mark = '\u0300'; mark <= '\u036F'; mark++)
        {
            letters.Add(mark);
        }

        return SearchValues.Create([.. letters]);
    }

    private static FrozenDictionary<char, string> BuildUnfolded()
    {
        var unfolded = new Dictionary<char, List<char>>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var folded = Fold((char)c);
            if (folded >= 0 && folded != c)
            {
                if (!unfolded.TryGetValue((char)folded, out var list))
                {
                    unfolded[(char)folded] = list = [];
                }

                list.Add((char)c);
            }
        }

        return unfolded.ToFrozenDictionary(p => p.Key, p => new string([.. p.Value]));
    }
}
