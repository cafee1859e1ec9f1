using System.Globalization;
using System.Text;
using Cms.Search.Analysis.Common;
using Cms.Search.Transliteration;

namespace Cms.Search.Analysis.Loose;

/// <summary>
/// A Latin sound skeleton of a word, so that spellings people really type meet: Kyrgyz on a Russian keyboard
/// (көл / кол), Latin transliterations (Ysyk-Köl / Issyk-Kul → Ысык-Көл, Tbilisi → თბილისი, Osh → Ош).
/// Deliberately coarse (o/u, y/i merge; doubled letters collapse): matches through it rank below exact ones.
/// </summary>
public static class LooseKey
{
    /// <summary>Part of the index version: change it whenever a key changes for some input.</summary>
    public const string Version = "loose-3";

    public static string For(string normalizedTerm)
    {
        var latin = Romanizer.Russian.Romanize(normalizedTerm);
        return Skeleton(latin);
    }

    /// <summary>The skeleton of text that is already Latin (what the user typed).</summary>
    public static string Skeleton(string latin)
    {
        var plain = RemoveDiacritics(latin);
        var mapped = new StringBuilder(plain.Length);
        for (var i = 0; i < plain.Length; i++)
        {
            var c = InvariantLower.Of(plain[i]);
            var next = i + 1 < plain.Length ? InvariantLower.Of(plain[i + 1]) : '\0';
            switch (c)
            {
                case 'z' when next == 'h':
                case 'd' when next == 'j':
                    mapped.Append('j');
                    i++;
                    break;
                case 'n' when next == 'g':
                    mapped.Append('n'); // Kyrgyz ң typed as н
                    i++;
                    break;
                case 'k' when next == 'h':
                    mapped.Append('h');
                    i++;
                    break;
                case 't' when next is 's' or 'z':
                    mapped.Append('c');
                    i++;
                    break;
                case 'c' when next == 'k':
                    mapped.Append('k');
                    i++;
                    break;
                case 'p' when next == 'h':
                    mapped.Append('f');
                    i++;
                    break;
                case 'q':
                    mapped.Append('k');
                    break;
                case 'w':
                    mapped.Append('v');
                    break;
                case 'x':
                    mapped.Append("ks");
                    break;
                case 'y' or 'i':
                    mapped.Append('i');
                    break;
                case 'o' or 'u':
                    mapped.Append('u');
                    break;
                case '\'' or '\u2019' or '\u02BC':
                    break;
                default:
                    mapped.Append(c);
                    break;
            }
        }

        var skeleton = new StringBuilder(mapped.Length);
        foreach (var c in mapped.ToString())
        {
            if (skeleton.Length == 0 || skeleton[^1] != c)
            {
                skeleton.Append(c);
            }
        }

        return skeleton.ToString();
    }

    /// <summary>The key without its final vowels, keeping at least three letters: what a stemmer would have left
    /// of a word typed in its dictionary form.</summary>
    public static string WithoutFinalVowels(string key)
    {
        var end = key.Length;
        while (end > 3 && key[end - 1] is 'a' or 'e' or 'i' or 'u')
        {
            end--;
        }

        return key[..end];
    }

    private static string RemoveDiacritics(string text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'ı' => 'i', 'ß' => 's', _ => c });
            }
        }

        return builder.ToString();
    }
}
