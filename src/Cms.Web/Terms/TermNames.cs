using System.Text;

namespace Cms.Web.Terms;

/// <summary>
/// The form two names of a term are compared in: Unicode-composed, lower case, every dash a hyphen, quotes and
/// repeated spaces gone. «Аракет — жаңы конуштар» and "аракет - Жаңы конуштар" are the same name.
/// </summary>
internal static class TermNames
{
    public static string Normalize(string text)
    {
        var composed = Composed(text);
        var result = new StringBuilder(composed.Length);
        var space = false;
        foreach (var c in composed)
        {
            if (c is '"' or '\'' or '«' or '»' or '“' or '”' or '„' or '‟' or '‘' or '’' or '‚' or '‛' or '‹' or '›')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c is '‐' or '‑' or '‒' or '–' or '—' or '―' or '−' ? '-' : char.ToLowerInvariant(c));
        }

        return result.ToString();
    }

    /// <summary>The text composed; text .NET cannot normalise (a noncharacter, a lone surrogate) as it is: it is
    /// refused where it enters, and must not fail a lookup before that.</summary>
    private static string Composed(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>The language a name is written in, as far as its letters tell: Georgian script is ka, ң ө ү are ky,
    /// other Cyrillic is <paramref name="cyrillic"/>; Latin or digits alone tell nothing (null).</summary>
    public static string? LanguageOf(string text, string cyrillic)
    {
        var sawCyrillic = false;
        foreach (var c in text)
        {
            if (c is >= '\u10A0' and <= '\u10FF' or >= '\u1C90' and <= '\u1CBF')
            {
                return "ka";
            }

            if (c is 'ң' or 'Ң' or 'ө' or 'Ө' or 'ү' or 'Ү')
            {
                return "ky";
            }

            sawCyrillic |= c is >= '\u0400' and <= '\u04FF';
        }

        return sawCyrillic ? cyrillic : null;
    }
}
