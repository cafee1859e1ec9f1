using System.Text;

namespace Cms.Search.Transliteration;

/// <summary>
/// Latin letters back to Cyrillic, the way people write Russian and Kyrgyz words in Latin (pilotnykh, zhashtar,
/// Issyk-Kul), so that a Latin word can be stemmed like the word it stands for. Ambiguous spellings get one reading;
/// the loose keys the result is compared through are coarse enough not to mind (о/у, ы/и merge there).
/// </summary>
public static class Cyrillizer
{
    private static readonly (string Latin, string Cyrillic)[] Digraphs =
    [
        ("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
        ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("iu", "ю"), ("ia", "я"), ("ng", "ң"),
    ];

    public static string ToCyrillic(string latin)
    {
        var text = latin.ToLowerInvariant();
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var digraph = Array.Find(Digraphs, d => text.AsSpan(i).StartsWith(d.Latin, StringComparison.Ordinal));
            if (digraph.Latin is not null)
            {
                result.Append(digraph.Cyrillic);
                i += digraph.Latin.Length;
                continue;
            }

            var c = text[i];
            var previousIsVowel = result.Length > 0 && "аеёиоуыэюяөү".Contains(result[^1], StringComparison.Ordinal);
            result.Append(c switch
            {
                'a' => "а", 'b' => "б", 'v' or 'w' => "в", 'g' => "г", 'd' => "д", 'e' => "е", 'z' => "з", 'i' => "и",
                'y' when previousIsVowel => "й",
                'y' => "ы",
                'j' => "ж", 'k' or 'q' or 'c' => "к", 'l' => "л", 'm' => "м", 'n' => "н", 'o' => "о", 'p' => "п", 'r' => "р",
                's' => "с", 't' => "т", 'u' => "у", 'f' => "ф", 'h' => "х", 'x' => "кс",
                '\'' => "ь",
                _ => c.ToString(),
            });
            i++;
        }

        return result.ToString();
    }
}
