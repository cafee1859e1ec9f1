namespace Cms.Search.Analysis.Ru;

/// <summary>The Snowball Russian stemming algorithm (snowballstem.org/algorithms/russian), written from its published description.</summary>
public static class RussianStemmer
{
    private const int StackLimit = 64;

    private static readonly SuffixSet PerfectiveGerund = new(
        afterA: "в вши вшись",
        plain: "ив ивши ившись ыв ывши ывшись");

    private static readonly SuffixSet Reflexive = new(plain: "ся сь");

    private static readonly SuffixSet Adjective = new(
        plain: "ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею");

    private static readonly SuffixSet Participle = new(
        afterA: "ем нн вш ющ щ",
        plain: "ивш ывш ующ");

    private static readonly SuffixSet Verb = new(
        afterA: "ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно",
        plain: "ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю");

    private static readonly SuffixSet Noun = new(
        plain: "а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я");

    private static readonly SuffixSet Derivational = new(plain: "ост ость");

    private static readonly SuffixSet Superlative = new(plain: "ейш ейше");

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0)
        {
            return word;
        }

        var yo = word.IndexOf('ё', StringComparison.Ordinal);
        if (yo < 0)
        {
            var end = StemmedLength(word);
            return end == word.Length ? word : word[..end];
        }

        // The algorithm's prelude folds ё into е before anything else, so ё also counts as a vowel.
        Span<char> buffer = word.Length <= StackLimit ? stackalloc char[StackLimit] : new char[word.Length];
        var chars = buffer[..word.Length];
        word.AsSpan().CopyTo(chars);
        chars[yo..].Replace('ё', 'е');
        return new string(chars[..StemmedLength(chars)]);
    }

    private static int StemmedLength(ReadOnlySpan<char> word)
    {
        var (rv, r2) = Regions(word);

        // Every ending must lie inside RV, so the steps see only that region.
        var region = word[rv..];
        var end = region.Length;

        if (!TryRemove(region, ref end, PerfectiveGerund))
        {
            TryRemove(region, ref end, Reflexive);
            if (TryRemove(region, ref end, Adjective))
            {
                TryRemove(region, ref end, Participle);
            }
            else if (!TryRemove(region, ref end, Verb))
            {
                TryRemove(region, ref end, Noun);
            }
        }

        if (end > 0 && region[end - 1] == 'и')
        {
            end--;
        }

        var derivational = Derivational.LongestMatch(region[..end], out _);
        if (derivational > 0 && rv + end - derivational >= r2)
        {
            end -= derivational;
        }

        // Step 4 is one longest-match choice: a superlative (then undouble нн), a bare нн, or else a soft sign.
        if (TryRemove(region, ref end, Superlative) || (end > 0 && region[end - 1] == 'н'))
        {
            if (end >= 2 && region[end - 1] == 'н' && region[end - 2] == 'н')
            {
                end--;
            }
        }
        else if (end > 0 && region[end - 1] == 'ь')
        {
            end--;
        }

        return rv + end;
    }

    // RV starts after the first vowel; R2 is R1 of R1, where R1 starts after the first consonant that follows a vowel.
    private static (int Rv, int R2) Regions(ReadOnlySpan<char> word)
    {
        var vowel = NextVowel(word, 0);
        if (vowel < 0)
        {
            return (word.Length, word.Length);
        }

        var rv = vowel + 1;
        var consonant = NextConsonant(word, rv);
        vowel = consonant < 0 ? -1 : NextVowel(word, consonant + 1);
        consonant = vowel < 0 ? -1 : NextConsonant(word, vowel + 1);
        return (rv, consonant < 0 ? word.Length : consonant + 1);
    }

    // Snowball takes the longest ending of the whole set first; if it needs a preceding а/я that is missing,
    // the step fails instead of falling back to a shorter ending.
    private static bool TryRemove(ReadOnlySpan<char> region, ref int end, SuffixSet set)
    {
        var length = set.LongestMatch(region[..end], out var afterA);
        if (length == 0)
        {
            return false;
        }

        if (afterA)
        {
            var before = end - length - 1;
            if (before < 0 || region[before] is not ('а' or 'я'))
            {
                return false;
            }
        }

        end -= length;
        return true;
    }

    private static int NextVowel(ReadOnlySpan<char> s, int from)
    {
        for (var i = from; i < s.Length; i++)
        {
            if (IsVowel(s[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int NextConsonant(ReadOnlySpan<char> s, int from)
    {
        for (var i = from; i < s.Length; i++)
        {
            if (!IsVowel(s[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsVowel(char c) => c is 'а' or 'е' or 'и' or 'о' or 'у' or 'ы' or 'э' or 'ю' or 'я';

    // Endings bucketed by their last letter, longest first, so a lookup scans only a few candidates.
    private sealed class SuffixSet
    {
        private const char First = 'а';
        private const char Last = 'я';

        private readonly (string Suffix, bool AfterA)[][] byLastLetter;

        public SuffixSet(string plain, string afterA = "")
        {
            var all = Split(plain).Select(s => (Suffix: s, AfterA: false))
                .Concat(Split(afterA).Select(s => (Suffix: s, AfterA: true)))
                .ToArray();
            byLastLetter = new (string, bool)[Last - First + 1][];
            for (var c = First; c <= Last; c++)
            {
                byLastLetter[c - First] = all
                    .Where(e => e.Suffix[^1] == c)
                    .OrderByDescending(e => e.Suffix.Length)
                    .ToArray();
            }
        }

        public int LongestMatch(ReadOnlySpan<char> s, out bool afterA)
        {
            afterA = false;
            if (s.IsEmpty || s[^1] is < First or > Last)
            {
                return 0;
            }

            foreach (var (suffix, needsA) in byLastLetter[s[^1] - First])
            {
                if (EndsWith(s, suffix))
                {
                    afterA = needsA;
                    return suffix.Length;
                }
            }

            return 0;
        }

        private static bool EndsWith(ReadOnlySpan<char> s, string suffix)
        {
            var offset = s.Length - suffix.Length;
            if (offset < 0)
            {
                return false;
            }

            // The last letter already matched through the bucket.
            for (var i = suffix.Length - 2; i >= 0; i--)
            {
                if (s[offset + i] != suffix[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static string[] Split(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
