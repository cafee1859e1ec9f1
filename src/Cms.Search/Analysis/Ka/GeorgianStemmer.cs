using System.Collections.Frozen;

namespace Cms.Search.Analysis.Ka;

public static class GeorgianStemmer
{
    // Shortest stem any rule may leave: Georgian has many two-consonant roots (ძმა, დღე, გზა, თმა).
    private const int MinStem = 2;
    private const char First = 'ა';
    private const char Last = 'ჰ';

    private static readonly string[][] Clitics = ByLastLetter(["ვე", "ც"]);

    // Postpositions with the case vowel they fuse with; after these no case ending remains.
    private static readonly string[][] Postpositions = ByLastLetter(
    [
        "ისათვის", "ისთვის", "ისაგან", "ისგან", "ისაკენ", "ისკენ", "ისადმი", "ისებრ", "ისას",
        "ითურთ", "იდან", "ამდე", "ებრ",
        "თვის", "დან", "მდე", "თან", "ზედ", "კენ", "გან", "ვით", "ურთ",
        "ში", "ზე",
    ]);

    // Case, number and verb person/tense endings; one is removed, longest first.
    private static readonly string[][] Endings = ByLastLetter(
    [
        "ებოდნენ", "ოდნენ", "ებიან", "ობიან", "დნენ",
        "ოდეს", "ოდეთ", "ებენ", "ობენ", "ავენ", "ემენ", "იათ",
        "ისა", "ითა", "ადა", "ნენ", "დეს", "დეთ", "დით", "ოდა", "ოდი", "ოდე", "ულა",
        "ის", "ით", "ად", "მა", "სა", "თა", "ეს", "ეთ", "ოს", "ონ", "ოთ", "ათ", "ია", "და", "დი", "დე",
        "ს", "ი", "ო", "დ", "თ", "მ", "ა", "ე",
    ]);

    // Plural -ებ- and the verbal thematic suffixes; -ებ also ends masdars (-ება), so noun and verb meet.
    private static readonly string[][] Themes = ByLastLetter(["ებ", "ობ", "ავ"]);

    // Preverbs are kept (they change meaning: მოსვლა "come" vs წასვლა "go"); only the person and
    // version markers behind them are removed.
    private static readonly string[][] Preverbs = ByFirstLetter(
    [
        "გადმო", "წარმო", "აღმო", "გამო", "გადა", "შემო", "წამო", "ჩამო", "მიმო", "გარდა",
        "ამო", "წარ", "გან", "და", "გა", "მო", "მი", "წა", "ჩა", "შე", "აღ",
    ]);

    // Suppletive paradigms of the most frequent verbs (say, be, have, know, want, come/go):
    // their forms share no stem that suffix rules could find.
    private static readonly FrozenSet<string> SayPrefixes = FrozenSet.ToFrozenSet(
    (string[])
    [
        "ამბობ", "ვამბობ", "ეუბნ", "მეუბნ", "გეუბნ", "ვეუბნ", "გვეუბნ", "უთხრ", "უთხარ", "მითხრ", "მითხარ",
        "გითხრ", "გითხარ", "ვუთხარ", "ვუთხრ", "გვითხრ", "გვითხარ", "უთქვამ", "მითქვამ", "გითქვამ", "გვითქვამ",
        "იტყვ", "იტყოდ", "ეტყვ", "გეტყვ", "მეტყვ", "გვეტყვ", "ვიტყვ", "ვეტყვ", "ეთქვ", "ვთქვ", "თქვა", "თქვი",
        "თქმ", "ეთქმ", "ითქმ", "ითქვ", "თქმულ",
    ],
    StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SayLookup =
        SayPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string> Irregular = BuildIrregular();

    // Syncope is lexical (Hewitt, Georgian: A Structural Reference Grammar, 1995; Aronson, Georgian: A Reading Grammar):
    // common in stems of two or more syllables in -ალ/-ელ/-არ/-ერ/-ან/-ენ, and in only a few one-syllable stems, of
    // which წელი "year" and წყალი "water" are the frequent ones. სახელი "name" keeps its vowel (სახელის) and would
    // otherwise meet სახლი "house".
    private static readonly FrozenSet<string> SyncopatingMonosyllables = FrozenSet.ToFrozenSet(["წელ", "წყალ"], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SyncopatingMonosyllablesLookup =
        SyncopatingMonosyllables.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> NoSyncope = FrozenSet.ToFrozenSet(["სახელ"], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NoSyncopeLookup =
        NoSyncope.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, string> BuildIrregular()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string stem, params string[] forms)
        {
            foreach (var f in forms)
            {
                d[f] = stem;
            }
        }

        Add("თქვ", "თქვეს", "თქვან");
        Add("ყოფ", "არის", "არიან", "ვარ", "ხარ", "ხართ", "ვართ", "იყო", "იყვნენ", "იყავი", "იყავით", "ვიყავი", "ვიყავით",
            "იქნება", "იქნებიან", "ვიქნები", "იქნები", "იქნებით", "ვიქნებით", "იქნებოდა", "იქნებოდნენ", "იყოს", "ვიყო", "იყონ",
            "ყოფნა", "ყოფნის", "ყოფილა", "ყოფილან", "ყოფილიყო", "ყოფილიყვნენ");
        Add("ქონ", "ქონა", "ქონდა");
        foreach (var p in (string[])["", "მ", "გ", "გვ", "ჰ"])
        {
            Add("ქონ", p + "ქონდა", p + "ქონდათ", p + "ქონდეს", p + "ქონდეთ", p + "ქონოდა", p + "ქონოდათ", p + "ქონია", p + "ქონიათ");
        }

        Add("ქონ", "აქვს", "აქვთ", "მაქვს", "გაქვს", "გაქვთ", "გვაქვს", "ექნება", "ექნებათ", "მექნება", "გექნება", "გვექნება");
        Add("ცოდნ", "ვიცი", "იცი", "იცის", "ვიცით", "იცით", "იციან", "ვიცოდი", "იცოდი", "იცოდა", "ვიცოდით", "იცოდით", "იცოდნენ",
            "ვიცოდე", "იცოდე", "იცოდეს", "ვიცოდეთ", "იცოდეთ", "ცოდნა", "ცოდნის", "ცოდნით");
        foreach (var p in (string[])["მ", "გ", "უ", "გვ"])
        {
            Add("ნდომ", p + "ინდა", p + "ინდათ", p + "ინდოდა", p + "ინდოდათ", p + "ინდოდეს");
        }

        Add("ნდომ", "უნდა", "უნდათ", "უნდოდა", "უნდოდათ", "უნდოდეს", "ნდომა", "ნდომის");
        string[] motion = ["მო", "მი", "წა", "გა", "შე", "ჩა", "ა", "გადა", "გამო", "შემო", "ჩამო", "წამო", "გადმო", "ამო"];
        (string Root, string[] Endings)[] roots =
        [
            ("დი", ["ს", "ან", "ოდა", "ოდნენ", "ოდი", "ოდე", "ოდეს", "ხარ", "ხართ", "ვარ", "ვართ"]),
            ("ვიდ", ["ა", "ნენ", "ე", "ეს", "ეთ", "ოდა", "ოდნენ", "ოდე", "ოდეს"]),
            ("ვედ", ["ი", "ით"]),
            ("ხვიდ", ["ე", "ეთ", "ეს", "ოდე", "ოდი"]),
            ("ხვედ", ["ი", "ით"]),
            ("სვლ", ["ა", "ის", "ისა", "ით", "ას", "ისას", "ამდე"]),
            ("ვალ", ["", "თ"]),
        ];
        foreach (var p in motion)
        {
            foreach (var (root, endings) in roots)
            {
                foreach (var e in endings)
                {
                    Add(p + "სვლ", p + root + e);
                }
            }
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3 || !IsGeorgian(word))
        {
            return word;
        }

        if (Irregular.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        for (var len = 3; len <= 7 && len <= word.Length; len++)
        {
            if (word.Length - len <= 5 && SayLookup.Contains(word.AsSpan(0, len)))
            {
                return "თქვ";
            }
        }

        if (Superlative(word) is { } positive)
        {
            return Stem(positive);
        }

        var s = word.AsSpan();
        if (s.Length > 3 && IsVowel(s[^2]))
        {
            s = StripOne(s, Clitics);
        }

        var before = s.Length;
        s = StripOne(s, Postpositions);
        if (s.Length == before)
        {
            s = StripEnding(s);
        }

        while (true)
        {
            while (s.Length > MinStem && IsVowel(s[^1]))
            {
                s = s[..^1];
            }

            var t = StripOne(s, Themes);

            // -ობა is a noun suffix (სახეობა "species" is not სახე "face") in every case: -ობა, -ობის, -ობით, -ობები;
            // -ობ- before -ს/-დ/-თ/-ენ is a verb theme (ცხოვრობს, ცხოვრობენ).
            if (t.Length == s.Length || (s.EndsWith("ობ", StringComparison.Ordinal) && IsNounObaTail(word.AsSpan(s.Length))))
            {
                break;
            }

            s = t;
        }

        Span<char> buf = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
        var n = NormalizePrefix(s, buf);

        // Syncope: მეგობარი/მეგობრის, წელი/წლის. Dropping the last a/e before l/n/r makes both forms meet; ო does not
        // syncopate (ცოლი/ცოლის), and a one-syllable stem only when listed (ქალი/ქალის, კარი/კარის keep their vowel).
        if (n >= 3 && IsSonorant(buf[n - 1]) && buf[n - 2] is 'ა' or 'ე' && !IsVowel(buf[n - 3])
            && (HasVowel(buf[..(n - 2)]) ? !NoSyncopeLookup.Contains(buf[..n]) : SyncopatingMonosyllablesLookup.Contains(buf[..n])))
        {
            buf[n - 2] = buf[n - 1];
            n--;
        }

        return new string(buf[..n]);
    }

    private static bool IsNounObaTail(ReadOnlySpan<char> tail) =>
        tail.Length > 0 && (tail[0] is 'ა' or 'ი' || tail.StartsWith("ებ", StringComparison.Ordinal));

    // Superlative უ-…-ეს-: უდიდესი, უმაღლესი, უმნიშვნელოვანესი are forms of დიდი, მაღალი, მნიშვნელოვანი.
    private static string? Superlative(string word)
    {
        if (word[0] != 'უ')
        {
            return null;
        }

        var es = word.LastIndexOf("ეს", StringComparison.Ordinal);
        if (es < 4 || !IsCaseTail(word.AsSpan(es + 2)) || !HasVowel(word.AsSpan(1, es - 1)))
        {
            return null;
        }

        return string.Concat(word.AsSpan(1, es - 1), "ი");
    }

    // What may follow an adjective's stem: nothing, or a case ending, the plural -ებ- or a postposition.
    private static bool IsCaseTail(ReadOnlySpan<char> tail) =>
        tail.IsEmpty || tail.StartsWith("ებ", StringComparison.Ordinal) || tail is "ი" or "ის" or "ით" or "ს" or "მა" or "ად" or "თა" or "ო" or "ნი"
        || (tail.Length > 2 && tail[0] is 'ი' or 'ს' && StripOne(tail, Postpositions).Length < tail.Length);

    private static int NormalizePrefix(ReadOnlySpan<char> s, Span<char> buf)
    {
        var start = 0;
        foreach (var p in Preverbs[s[0] - First])
        {
            if (s.Length - p.Length >= MinStem + 1 && s.StartsWith(p, StringComparison.Ordinal))
            {
                start = p.Length;
                break;
            }
        }

        var head = s[..start];
        var rest = s[start..];
        if (rest.StartsWith("გვ", StringComparison.Ordinal) && rest.Length > MinStem + 2)
        {
            rest = rest[2..];
        }
        else if (rest.Length > MinStem + 1 && rest[0] is 'ვ' or 'ჰ')
        {
            rest = rest[1..];
        }

        // A version vowel only after a preverb or person marker: word-initial ი/უ/ე is usually part of a noun.
        if ((head.Length > 0 || rest.Length < s.Length) && rest.Length > MinStem + 1 && rest[0] is 'ი' or 'ე' or 'უ' && !IsVowel(rest[1]))
        {
            rest = rest[1..];
        }

        head.CopyTo(buf);
        rest.CopyTo(buf[head.Length..]);
        return head.Length + rest.Length;
    }

    private static ReadOnlySpan<char> StripEnding(ReadOnlySpan<char> s)
    {
        foreach (var e in Endings[s[^1] - First])
        {
            if (s.Length - e.Length < MinStem || !s.EndsWith(e, StringComparison.Ordinal))
            {
                continue;
            }

            var prev = s[^(e.Length + 1)];
            var ok = e switch
            {
                "მა" => !IsVowel(prev),
                "მ" => IsVowel(prev),

                // The adverbial -დ of a vowel stem: not from a one-syllable stem (დიდ is "big", not დი-დ).
                "დ" => IsVowel(prev) && VowelCount(s[..^1]) >= 2,
                "და" or "დეს" or "დეთ" or "დით" or "დი" or "დე" or "დნენ" => prev is 'ბ' or 'ვ' or 'ნ' or 'მ',
                _ => true,
            };
            if (ok)
            {
                return s[..^e.Length];
            }
        }

        return s;
    }

    private static ReadOnlySpan<char> StripOne(ReadOnlySpan<char> s, string[][] suffixes)
    {
        foreach (var suffix in suffixes[s[^1] - First])
        {
            if (s.Length - suffix.Length >= MinStem && s.EndsWith(suffix, StringComparison.Ordinal))
            {
                return s[..^suffix.Length];
            }
        }

        return s;
    }

    // Affix tables bucketed by the letter that must match first, keeping longest-first order inside a bucket.
    private static string[][] ByLastLetter(string[] affixes) => Bucket(affixes, a => a[^1]);

    private static string[][] ByFirstLetter(string[] affixes) => Bucket(affixes, a => a[0]);

    private static string[][] Bucket(string[] affixes, Func<string, char> key)
    {
        var buckets = new string[Last - First + 1][];
        for (var c = First; c <= Last; c++)
        {
            buckets[c - First] = affixes.Where(a => key(a) == c).OrderByDescending(a => a.Length).ToArray();
        }

        return buckets;
    }

    private static bool IsVowel(char c) => c is 'ა' or 'ე' or 'ი' or 'ო' or 'უ';

    private static bool HasVowel(ReadOnlySpan<char> s) => s.IndexOfAny("აეიოუ") >= 0;

    private static int VowelCount(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s)
        {
            n += IsVowel(c) ? 1 : 0;
        }

        return n;
    }

    private static bool IsSonorant(char c) => c is 'ლ' or 'ნ' or 'რ';

    private static bool IsGeorgian(string word)
    {
        foreach (var c in word)
        {
            if (c < First || c > Last)
            {
                return false;
            }
        }

        return true;
    }
}
