using System.Globalization;

namespace Cms.Search.Analysis.Common;

/// <summary>
/// Splits on word boundaries: a word is a run of letters, combining marks and digits; hyphens between two word
/// characters join the parts into one token (Ак-Ордо-3), which <see cref="HyphenatedPartsFilter"/> also splits.
/// </summary>
public sealed class UnicodeWordTokenizer : ITokenizer
{
    /// <summary>Longer runs are cut: no real word is this long, and it bounds the work per token.</summary>
    public const int MaxTokenLength = 64;

    public string Version => "words-1";

    public void Tokenize(string text, List<Token> output)
    {
        var position = 0;
        Scan(text, text.Length, (start, end) => output.Add(new Token(text[start..end], position++, start, end)));
    }

    /// <summary>The tokens' bounds in the first <paramref name="length"/> characters, without making strings.</summary>
    public static void Scan(string text, int length, Action<int, int> token)
    {
        var i = 0;
        while (Next(text, length, ref i, out var start, out var end))
        {
            token(start, end);
        }
    }

    /// <summary>The next token's bounds at or after <paramref name="i"/>, which moves past it; false at the end.</summary>
    public static bool Next(string text, int length, ref int i, out int start, out int end)
    {
        while (i < length)
        {
            if (!IsWordChar(text, i, length, out var width))
            {
                i += width;
                continue;
            }

            start = i;
            i += width;
            while (i < length)
            {
                if (IsWordChar(text, i, length, out width))
                {
                    i += width;
                }
                else if (IsHyphen(text[i]) && i + 1 < length && IsWordChar(text, i + 1, length, out _))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            end = Math.Min(i, start + MaxTokenLength);
            if (end < i && char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }

            return true;
        }

        start = end = length;
        return false;
    }

    internal static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsWordChar(string text, int index, int length, out int width)
    {
        var c = text[index];
        switch (c)
        {
            // Fast paths for the scripts this site is written in.
            case < '\u0080':
                width = 1;
                return char.IsAsciiLetterOrDigit(c);
            case >= '\u0400' and <= '\u04FF' when c is not ('\u0482' or '\u0488' or '\u0489'):
            case >= '\u10D0' and <= '\u10FA':
                width = 1;
                return true;
            default:
                break;
        }

        if (char.IsHighSurrogate(c) && index + 1 < length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[index + 1])));
        }

        width = 1;
        return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c));
    }

    private static bool IsWordCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };
}
