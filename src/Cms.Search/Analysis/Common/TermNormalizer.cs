using System.Text;

namespace Cms.Search.Analysis.Common;

/// <summary>
/// NFC; lower case, folding Georgian Mtavruli (U+1C90–U+1CBF) to Mkhedruli without ever upper-casing anything;
/// ё → е; stress accents removed. Kyrgyz ң ө ү stay letters of their own.
/// </summary>
public static class TermNormalizer
{
    public static string Normalize(string term)
    {
        if (IsAlreadyNormal(term))
        {
            return term;
        }

        var text = IsSimple(term) || term.IsNormalized(NormalizationForm.FormC) ? term : term.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u0301' or '\u0300':
                    break; // stress marks
                case 'ё' or 'Ё':
                    builder.Append('е');
                    break;
                case 'ѐ' or 'Ѐ':
                    builder.Append('е');
                    break;
                case 'ѝ' or 'Ѝ':
                    builder.Append('и');
                    break;
                case >= '\u1C90' and <= '\u1CBA' or >= '\u1CBD' and <= '\u1CBF':
                    builder.Append((char)(c - 0x1C90 + 0x10D0));
                    break;
                default:
                    builder.Append(InvariantLower.Of(c));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Letters that never take part in a canonical composition: NFC cannot change such a word.</summary>
    private static bool IsSimple(string term)
    {
        foreach (var c in term)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'
                or (>= 'А' and <= 'я') or 'Ң' or 'ң' or 'Ө' or 'ө' or 'Ү' or 'ү'
                or (>= '\u10D0' and <= '\u10FA') or (>= '\u1C90' and <= '\u1CBF')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlreadyNormal(string term)
    {
        foreach (var c in term)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'
                || (c is >= 'а' and <= 'я' and not 'ё')
                || c is 'ң' or 'ө' or 'ү'
                || c is >= '\u10D0' and <= '\u10FF')
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
