using System.Collections.Frozen;

namespace Cms.Search.Analysis;

/// <summary>
/// Tells Georgian by its script, and Kyrgyz from Russian by the letters only Kyrgyz has (ң ө ү) and by each
/// language's most frequent words. Latin or letterless text has no language here.
/// </summary>
public static class LanguageIdentifier
{
    private static readonly FrozenSet<string> KyrgyzWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "жана", "менен", "үчүн", "бул", "боюнча", "деп", "ошондой", "эле", "анын", "алар", "болуп", "тарабынан",
        "алкагында", "биз", "ал", "дагы", "бир", "кийин", "чейин", "болот", "болгон", "керек", "мен", "сиз", "жок");

    private static readonly FrozenSet<string> RussianWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "и", "в", "на", "с", "что", "по", "для", "не", "о", "от", "к", "из", "как", "это", "а", "также", "было",
        "были", "будет", "при", "который", "которые", "года", "их", "его", "мы", "вы", "они", "или", "до");

    /// <summary>The language of a text: "ka", "ky", "ru", or null when it has no Georgian or Cyrillic letters.</summary>
    public static string? Identify(string text)
    {
        var scores = Score(text);
        if (scores.Georgian == 0 && scores.Cyrillic == 0)
        {
            return null;
        }

        if (scores.Georgian >= scores.Cyrillic)
        {
            return "ka";
        }

        return scores.Kyrgyz > scores.Russian ? "ky" : "ru";
    }

    /// <summary>
    /// The languages a query may be in, most likely first: Georgian script is Georgian; Cyrillic with ң ө ү is
    /// Kyrgyz; other Cyrillic may be either (Kyrgyz is often typed on a Russian keyboard).
    /// </summary>
    public static IReadOnlyList<string> Candidates(string text)
    {
        var scores = Score(text);
        if (scores.Georgian == 0 && scores.Cyrillic == 0)
        {
            return [];
        }

        if (scores.Georgian >= scores.Cyrillic)
        {
            return ["ka"];
        }

        if (scores.KyrgyzLetters > 0)
        {
            return ["ky"];
        }

        return scores.Kyrgyz > scores.Russian ? ["ky", "ru"] : ["ru", "ky"];
    }

    private static (int Georgian, int Cyrillic, int KyrgyzLetters, int Kyrgyz, int Russian) Score(string text)
    {
        int georgian = 0, cyrillic = 0, kyrgyzLetters = 0, kyrgyz = 0, russian = 0;
        var wordStart = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c is >= '\u10D0' and <= '\u10FF' or >= '\u1C90' and <= '\u1CBF')
            {
                georgian++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                if (c is 'ң' or 'ө' or 'ү' or 'Ң' or 'Ө' or 'Ү')
                {
                    kyrgyzLetters++;
                }
                else if (c is 'щ' or 'ъ' or 'Щ' or 'Ъ')
                {
                    russian++;
                }
            }

            var isLetter = char.IsLetter(c);
            if (isLetter && wordStart < 0)
            {
                wordStart = i;
            }
            else if (!isLetter && wordStart >= 0)
            {
                var word = text[wordStart..i].ToLowerInvariant();
                kyrgyz += KyrgyzWords.Contains(word) ? 2 : 0;
                russian += RussianWords.Contains(word) ? 2 : 0;
                wordStart = -1;
            }
        }

        return (georgian, cyrillic, kyrgyzLetters, kyrgyz + (3 * kyrgyzLetters), russian);
    }
}
