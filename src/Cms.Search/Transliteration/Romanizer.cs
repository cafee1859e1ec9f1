using System.Collections.Frozen;
using System.Text;

namespace Cms.Search.Transliteration;

/// <summary>
/// ASCII romanisation after BGN/PCGN (Kyrgyz 1979, Russian 1947) and the Georgian national system (2002),
/// without diacritics and apostrophes, so the result is safe in URLs and comparable with what people type.
/// Characters outside the tables pass through unchanged.
/// </summary>
public sealed class Romanizer
{
    private static readonly FrozenDictionary<char, string> Cyrillic = new Dictionary<char, string>
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "yo",
        ['ж'] = "zh", ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m",
        ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u",
        ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "",
        ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
        ['ң'] = "ng", ['ө'] = "o", ['ү'] = "u",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, string> Georgian = new Dictionary<char, string>
    {
        ['ა'] = "a", ['ბ'] = "b", ['გ'] = "g", ['დ'] = "d", ['ე'] = "e", ['ვ'] = "v", ['ზ'] = "z",
        ['თ'] = "t", ['ი'] = "i", ['კ'] = "k", ['ლ'] = "l", ['მ'] = "m", ['ნ'] = "n", ['ო'] = "o",
        ['პ'] = "p", ['ჟ'] = "zh", ['რ'] = "r", ['ს'] = "s", ['ტ'] = "t", ['უ'] = "u", ['ფ'] = "p",
        ['ქ'] = "k", ['ღ'] = "gh", ['ყ'] = "q", ['შ'] = "sh", ['ჩ'] = "ch", ['ც'] = "ts", ['ძ'] = "dz",
        ['წ'] = "ts", ['ჭ'] = "ch", ['ხ'] = "kh", ['ჯ'] = "j", ['ჰ'] = "h",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<char, string> cyrillic;

    private Romanizer(FrozenDictionary<char, string> cyrillic) => this.cyrillic = cyrillic;

    /// <summary>Russian: ж → zh.</summary>
    public static Romanizer Russian { get; } = new(Cyrillic);

    /// <summary>Kyrgyz: ж → j, ң → ng, ө → o, ү → u.</summary>
    public static Romanizer Kyrgyz { get; } = new(
        Cyrillic.Select(p => p.Key == 'ж' ? KeyValuePair.Create(p.Key, "j") : p).ToFrozenDictionary());

    public static Romanizer ForLanguage(string language) =>
        string.Equals(language, "ky", StringComparison.Ordinal) ? Kyrgyz : Russian;

    /// <summary>Romanises lower-case text; upper-case Cyrillic is lower-cased first. Georgian is never re-cased.</summary>
    public string Romanize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var original in text)
        {
            var c = original is >= 'А' and <= 'Я' or 'Ё' or 'Ң' or 'Ө' or 'Ү'
                ? char.ToLowerInvariant(original)
                : original;
            if (cyrillic.TryGetValue(c, out var latin) || Georgian.TryGetValue(c, out latin))
            {
                builder.Append(latin);
            }
            else if (c is >= '\u1C90' and <= '\u1CBF' && Georgian.TryGetValue((char)(c - 0x1C90 + 0x10D0), out latin))
            {
                builder.Append(latin);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
