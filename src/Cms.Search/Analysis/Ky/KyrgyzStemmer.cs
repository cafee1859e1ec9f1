namespace Cms.Search.Analysis.Ky;

/// <summary>
/// Rule-based Kyrgyz suffix stripper. Suffixes are matched on a view folded to Russian letters
/// (ө→о, ү→у, ң→н) so that text typed without the Kyrgyz letters is cut at the same place;
/// the returned stem keeps the letters of the input.
/// </summary>
public static class KyrgyzStemmer
{
    private const int MaxWordLength = 64;
    private const int MaxSteps = 10;

    // Morphotactic slots, from the end of the word inwards. Nominal slots must strictly increase.
    private const byte Predicative = 1;
    private const byte PronominalCase = 2;
    private const byte Case = 3;
    private const byte Possessive = 4;
    private const byte Plural = 5;
    private const byte Derivation = 6;
    private const byte Nominalizer = 7;
    private const byte FiniteWeak = 8;
    private const byte Finite = 9;
    private const byte Negation = 10;
    private const byte Voice = 11;
    private const int SlotCount = 12;

    // A parse that may not stop where it is (a pronominal case ending with no possessive before it).
    private const sbyte Invalid = sbyte.MaxValue;

    private enum Onset : byte
    {
        Any,
        Vowel,
        Consonant,
        VowelOrVoiced,
        Voiced,
        Voiceless,
        VowelOrSonorantRy,
        NasalOrM,
        HighVowel,
    }

    private const int AlphabetSize = 32;
    private const string Vowels = "аеиоуыэюя";

    // Reversed trie over the folded suffixes ('а'..'я'): Children[node * 32 + letter], 0 = none; Entries[node] end there.
    private static readonly (int[] Children, Suffix[][] Entries) Trie = BuildTrie();

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3 || word.Length > MaxWordLength)
        {
            return word;
        }

        var hyphen = word.LastIndexOf('-');
        if (hyphen >= 0)
        {
            if (hyphen == word.Length - 1)
            {
                return word;
            }

            var tail = word[(hyphen + 1)..];
            var stemmedTail = Stem(tail);
            return ReferenceEquals(stemmedTail, tail) ? word : string.Concat(word.AsSpan(0, hyphen + 1), stemmedTail);
        }

        Span<char> folded = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = Fold(word[i]);
            if (c < 'а' || c > 'я')
            {
                return word;
            }

            folded[i] = c;
        }

        var end = StripSuffixes(folded);
        end = StripFinalVowel(folded, end);
        var alternate = end >= 2 && IsVowel(folded[end - 2]) && (folded[end - 1] == 'г' || folded[end - 1] == 'б');
        if (end == word.Length && !alternate)
        {
            return word;
        }

        return string.Create(end, (word, alternate), static (span, state) =>
        {
            state.word.AsSpan(0, span.Length).CopyTo(span);
            if (state.alternate)
            {
                span[^1] = span[^1] == 'г' ? 'к' : 'п';
            }
        });
    }

    private static int StripSuffixes(ReadOnlySpan<char> w)
    {
        // Toponyms in -стан (Кыргызстан, Казакстан) must not lose their -тан/-ан as if it were a case ending.
        var stan = w.LastIndexOf("стан", StringComparison.Ordinal);
        var guard = stan < 0 ? (From: int.MaxValue, To: int.MinValue) : (From: stan, To: stan + 4);

        // lastVowel[k]: index of the last vowel in w[..k], or -1.
        Span<sbyte> lastVowel = stackalloc sbyte[w.Length + 1];
        lastVowel[0] = -1;
        for (var i = 0; i < w.Length; i++)
        {
            lastVowel[i + 1] = IsVowel(w[i]) ? (sbyte)i : lastVowel[i];
        }

        // Shortest(end, slot) is memoized: different parses often reach the same point.
        Span<sbyte> memo = stackalloc sbyte[(w.Length + 1) * SlotCount];
        memo.Fill(-1);
        return Shortest(new Word(w, lastVowel, guard, memo), w.Length, 0, 0);
    }

    // Explores every allowed parse of the ending and keeps the one that leaves the shortest valid stem:
    // the same ending (-ды, -а, -н) can belong to several slots and only the whole chain tells which.
    private static int Shortest(in Word word, int end, int slot, int depth)
    {
        var w = word.Letters;
        var best = slot == PronominalCase ? Invalid : end;
        if (depth >= MaxSteps)
        {
            return best;
        }

        var memoIndex = (end * SlotCount) + slot;
        if (word.Memo[memoIndex] >= 0)
        {
            return word.Memo[memoIndex];
        }

        var node = 0;
        for (var k = 1; k <= end; k++)
        {
            var letter = w[end - k] - 'а';
            if ((uint)letter >= AlphabetSize)
            {
                break;
            }

            node = Trie.Children[(node * AlphabetSize) + letter];
            if (node == 0)
            {
                break;
            }

            var cut = end - k;
            if (cut > word.Guard.From && cut < word.Guard.To)
            {
                continue;
            }

            // At least three letters with a vowel, or a vowel-initial two-letter root (ал, иш, эл, өт), never CV (ке, бо).
            var stemVowel = word.LastVowel[cut];
            if (stemVowel < 0 || cut < 2 || (cut == 2 && (stemVowel != 0)))
            {
                continue;
            }

            var stem = w[..cut];
            foreach (var s in Trie.Entries[node])
            {
                if (!Allowed(s.Slot, slot) || cut < s.MinStem || !OnsetFits(s.Onset, stem[^1])
                    || !HarmonyFits(w[stemVowel], s.FirstVowel) || !StemFits(s, stem, slot, end < w.Length ? w[end] : ' '))
                {
                    continue;
                }

                var result = Shortest(word, cut, s.Slot, depth + 1);
                if (result < best)
                {
                    best = result;
                }
            }
        }

        word.Memo[memoIndex] = (sbyte)best;
        return best;
    }

    // The pronominal case endings (-н, -на, -нда, -нан, -ндагы; -а after -ым/-ың) are those of a possessed noun:
    // a possessive must come before them (шаар-ы-нда), never a bare stem (казино is not казин-о).
    private static bool Allowed(byte candidate, int current) => current == PronominalCase ? candidate == Possessive : candidate switch
    {
        Finite or FiniteWeak => current <= Predicative,
        Negation => current is Finite or FiniteWeak or Nominalizer,
        Voice => current is Finite or FiniteWeak or Nominalizer or Negation or Voice,
        _ => candidate > current && current < FiniteWeak,
    };

    private static bool StemFits(in Suffix s, ReadOnlySpan<char> stem, int current, char next)
    {
        // Present tense -ат/-ет: nouns such as кызмат, мамлекет, жамаат end the same way, so only
        // strip it from a one-syllable root or a stem ending in a voice marker.
        if (s.Slot == Finite && s.Text.Length == 2 && s.Text[1] == 'т' && IsVowel(s.Text[0]))
        {
            return VowelCount(stem) == 1 ? IsVowel(stem[^2]) || stem[^2] is 'й' or 'р' or 'л' : EndsWithVoiceMarker(stem);
        }

        // After an ambiguous -ды/-а (past or accusative) only the passive -ыл/-л is undone, and only
        // from a longer root: айылды stays a noun, берилди, катталды become verbs.
        // After the converb -а/-е a lone -л is the end of a noun (маселе, not масе-л-е); берил-е keeps its -ил.
        if (s.Slot == Voice && current == FiniteWeak && (s.Text[^1] != 'л' || stem.Length < 3 + (2 - s.Text.Length) || (s.Text.Length == 1 && next is not ('д' or 'т'))))
        {
            return false;
        }

        // Possessive -сы after a high vowel is usually -ы after a stem in -с (облусу, курсу), unless the vowel is long (болуусу).
        // -лык after a vowel makes the relational adjective of a noun (Россия-лык, экономика-лык, дүйнө-лүк); not from a
        // one-syllable stem, and not after the agent -чы (элчи-лик "embassy") or a long vowel (жылуу-лук "warmth"),
        // where it makes a new noun.
        if (s.Slot == Derivation && s.Text[0] == 'л' && s.Text[^1] is 'к' or 'г'
            && (VowelCount(stem) < 2 || stem[^2] == stem[^1] || (stem[^2] == 'ч' && IsHigh(stem[^1]))))
        {
            return false;
        }

        if (s.Slot == Possessive && s.Text[0] == 'с' && IsHigh(stem[^1]) && !(stem.Length >= 2 && stem[^2] == stem[^1]))
        {
            return false;
        }

        // A lone consonant or vowel ending: refuse after a long vowel (жооп, жай) to keep roots intact.
        if (s.Text.Length == 1 && stem.Length >= 2 && IsVowel(stem[^1]) && IsVowel(stem[^2]))
        {
            return false;
        }

        return true;
    }

    private static bool EndsWithVoiceMarker(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 4)
        {
            return false;
        }

        var last = stem[^1];
        var prev = stem[^2];
        return (last is 'л' or 'н' or 'ш' && prev is 'ы' or 'и' or 'у' or 'а' or 'е' or 'о')
            || (last == 'р' && prev is 'а' or 'е' or 'о' or 'ы' or 'и' or 'у' && IsCausativeRoot(stem[..^2]))
            || (last == 'з' && prev is 'ы' or 'и' or 'у');
    }

    // The causative -тыр/-дыр goes on any stem (уюш-тур, арт-тыр); -ар/-ыр only on a one-syllable native root of three
    // letters or more (чык-ар, кайт-ар, бүт-үр), never on a root ending in a double consonant (аппарат, not апп-ар-ат)
    // or a two-letter one (имарат).
    private static bool IsCausativeRoot(ReadOnlySpan<char> root) =>
        root.Length >= 3 && ((root[^1] is 'т' or 'д' && VowelCount(root[..^1]) > 0) || (VowelCount(root) == 1 && root[^1] != root[^2]));

    private static int StripFinalVowel(ReadOnlySpan<char> w, int end)
    {
        // Vowel-final roots lose the vowel in many forms (иште/иштөө, бала/балдар), so drop it always.
        if (end >= 4 && IsVowel(w[end - 1]) && !IsVowel(w[end - 2]))
        {
            // A bare stem in consonant + -гА/-кА (демилге, республика) reads the same as a dative (жол-го), so both
            // readings get one stem: the velar goes too, when what is left keeps two syllables.
            if (w[end - 2] is 'г' or 'к' && !IsVowel(w[end - 3]) && VowelCount(w[..(end - 2)]) >= 2)
            {
                return end - 2;
            }

            return end - 1;
        }

        return end;
    }

    private static bool OnsetFits(Onset onset, char prev) => onset switch
    {
        Onset.Any => true,
        Onset.Vowel => IsVowel(prev),
        Onset.Consonant => !IsVowel(prev),
        Onset.VowelOrVoiced => IsVowel(prev) || IsVoiced(prev),
        Onset.Voiced => IsVoiced(prev),
        Onset.Voiceless => IsVoiceless(prev),
        Onset.VowelOrSonorantRy => IsVowel(prev) || prev is 'р' or 'й',
        Onset.NasalOrM => prev is 'м' or 'н',
        Onset.HighVowel => IsHigh(prev),
        _ => false,
    };

    private static char Fold(char c) => c switch
    {
        'ө' => 'о',
        'ү' => 'у',
        'ң' => 'н',
        'ё' => 'е',
        _ => c,
    };

    private static bool IsVowel(char c) => c is 'а' or 'е' or 'и' or 'о' or 'у' or 'ы' or 'э' or 'ю' or 'я';

    private static bool IsVoiced(char c) => c is 'б' or 'в' or 'г' or 'д' or 'ж' or 'з' or 'й' or 'л' or 'м' or 'н' or 'р';

    private static bool IsVoiceless(char c) => c is 'к' or 'п' or 'с' or 'т' or 'ф' or 'х' or 'ц' or 'ч' or 'ш' or 'щ';

    // Backness harmony of unrounded vowels only: ө/ү fold to о/у, so rounded vowels carry no backness here.
    private static bool HarmonyFits(char stemVowel, char suffixVowel) => stemVowel switch
    {
        'е' or 'и' or 'э' => suffixVowel is not ('а' or 'ы'),
        'а' or 'ы' or 'я' => suffixVowel is not ('е' or 'и'),
        _ => true,
    };

    private static bool IsHigh(char c) => c is 'ы' or 'и' or 'у';

    private static int VowelCount(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (IsVowel(c))
            {
                n++;
            }
        }

        return n;
    }

    private readonly record struct Suffix(string Text, byte Slot, Onset Onset, byte MinStem, char FirstVowel);

    private readonly ref struct Word(ReadOnlySpan<char> letters, ReadOnlySpan<sbyte> lastVowel, (int From, int To) guard, Span<sbyte> memo)
    {
        public Span<sbyte> Memo { get; } = memo;

        public ReadOnlySpan<char> Letters { get; } = letters;

        public ReadOnlySpan<sbyte> LastVowel { get; } = lastVowel;

        public (int From, int To) Guard { get; } = guard;
    }

    private static (int[] Children, Suffix[][] Entries) BuildTrie()
    {
        var all = new List<Suffix>();

        void Add(byte slot, Onset onset, byte minStem, params string[] patterns)
        {
            foreach (var p in patterns)
            {
                foreach (var text in Expand(p))
                {
                    var vowel = text.AsSpan().IndexOfAny(Vowels);
                    all.Add(new Suffix(text, slot, onset, minStem, vowel < 0 ? 'ъ' : text[vowel]));
                }
            }
        }

        // Predicative person endings. -мын, -сың and the question -бы are left out: rare in news, and they
        // would eat roots ending the same way (форум, комплексин, китеби).
        Add(Predicative, Onset.Any, 2, "сЫнАр", "сЫздАр");
        Add(Predicative, Onset.VowelOrVoiced, 2, "бЫз");
        Add(Predicative, Onset.Voiceless, 2, "пЫз");

        // Case.
        Add(Case, Onset.Vowel, 2, "нЫн", "нЫ");
        Add(PronominalCase, Onset.HighVowel, 2, "нА", "ндА", "нАн", "ндАгЫ", "н");
        Add(Case, Onset.Voiced, 2, "дЫн", "дЫ");
        Add(Case, Onset.Voiceless, 2, "тЫн", "тЫ", "кА", "тА", "тАн", "тАгЫ");
        Add(Case, Onset.VowelOrVoiced, 2, "гА", "дА", "дАн", "дАгЫ");
        Add(PronominalCase, Onset.NasalOrM, 3, "А");
        Add(Case, Onset.Any, 2, "менен");

        // Possessive.
        // First person singular -ым is rare in news and would eat roots in -ым/-ум (форум, салым).
        Add(Possessive, Onset.Consonant, 2, "Ын", "ЫбЫз", "ЫнЫз", "ЫнАр", "ЫнЫздАр", "Ы");
        Add(Possessive, Onset.Vowel, 2, "бЫз", "нЫз", "нАр", "сЫ");

        // Plural.
        Add(Plural, Onset.VowelOrSonorantRy, 2, "лАр");
        Add(Plural, Onset.Voiced, 2, "дАр");
        Add(Plural, Onset.Voiceless, 2, "тАр");

        // Nominal derivation: -луу (баалуу, демилгелүү) and -сыз keep the noun's meaning; so does -лык after a vowel
        // (россиялык), while after a consonant it often makes a new word (министр/министрлик) and stays.
        Add(Derivation, Onset.VowelOrSonorantRy, 2, "лУУ");
        Add(Derivation, Onset.Voiced, 2, "дУУ");
        Add(Derivation, Onset.Voiceless, 2, "тУУ");
        Add(Derivation, Onset.Any, 3, "сЫз");
        Add(Derivation, Onset.Vowel, 4, "лЫк", "лЫг");

        // Verbal nouns and participles, which take nominal endings after them.
        Add(Nominalizer, Onset.VowelOrVoiced, 2, "гАн", "гАндЫк", "гАндЫг");
        Add(Nominalizer, Onset.Voiceless, 2, "кАн", "кАндЫк", "кАндЫг");
        Add(Nominalizer, Onset.Consonant, 2, "УУ", "УУчУ");
        Add(Nominalizer, Onset.Consonant, 3, "АА");

        // Finite verb forms: past -ды, present -ат/-йт (after a vowel with its persons -йм, -йсың; after a consonant
        // -ам and -асың are left out: адам, кадам, маселе-син), converbs -ып/-а/-й, conditional -са. The converb -п after a
        // vowel is left out: it would take китеп, мектеп, талап for иште-п.
        Add(FiniteWeak, Onset.VowelOrVoiced, 2, "дЫ", "дЫм", "дЫк", "дЫнАр", "дЫнЫз");
        Add(FiniteWeak, Onset.Voiceless, 2, "тЫ", "тЫм", "тЫк", "тЫнАр", "тЫнЫз");
        Add(FiniteWeak, Onset.Consonant, 3, "А");
        Add(FiniteWeak, Onset.Vowel, 3, "й");
        Add(Finite, Onset.Consonant, 2, "Ат", "Ып", "АбЫз");
        Add(Finite, Onset.Vowel, 3, "йт", "йбЫз", "ймын", "йм", "йсЫн", "йсЫз", "йсЫнАр");
        Add(Finite, Onset.Any, 2, "сА", "сАм", "сАн", "сАк", "сАнАр", "сАнЫз", "чУ", "гЫчА", "гАнЫ", "бАй", "пАй", "бАйт", "пАйт", "мАкчЫ", "бАстАн", "пАстАн");
        Add(Finite, Onset.Consonant, 2, "ЫнЫз", "ЫнЫздАр");

        Add(Negation, Onset.VowelOrVoiced, 2, "бА", "бАс");
        Add(Negation, Onset.Voiceless, 2, "пА", "пАс");

        Add(Voice, Onset.Consonant, 2, "Ыл");
        Add(Voice, Onset.Vowel, 3, "л");

        var children = new List<int>(new int[AlphabetSize]);
        var entries = new List<List<Suffix>> { new() };
        foreach (var suffix in all.Distinct())
        {
            var node = 0;
            for (var k = suffix.Text.Length - 1; k >= 0; k--)
            {
                var index = (node * AlphabetSize) + (suffix.Text[k] - 'а');
                if (children[index] == 0)
                {
                    children[index] = entries.Count;
                    entries.Add([]);
                    children.AddRange(new int[AlphabetSize]);
                }

                node = children[index];
            }

            entries[node].Add(suffix);
        }

        return (children.ToArray(), entries.Select(e => e.ToArray()).ToArray());
    }

    // A = а/е/о, Y = ы/и/у, U = у: the folded vowel-harmony variants.
    private static IEnumerable<string> Expand(string pattern)
    {
        var results = new List<string> { string.Empty };
        foreach (var c in pattern)
        {
            var options = c switch
            {
                'А' => "аео",
                'Ы' => "ыиу",
                'У' => "у",
                _ => new string(c, 1),
            };
            results = results.SelectMany(r => options.Select(o => r + o)).ToList();
        }

        return results;
    }
}
