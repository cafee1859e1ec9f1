using System.Globalization;
using Cms.Web.Localization;

namespace Cms.Web.Content.Rules;

/// <summary>
/// Characters no text of ours may hold: Unicode noncharacters (U+FFFE, U+FDD0…, plane ends), unpaired surrogates
/// and control characters other than tab and line breaks. .NET's normalisation (used by search) throws on them.
/// </summary>
internal static class TextHygiene
{
    /// <summary>Why <paramref name="text"/> cannot be stored, or null when it can.</summary>
    public static string? Problem(string text, bool multiline) =>
        Find(text, multiline) is { } flaw ? Describe(flaw.Scalar, flaw.Index, flaw.Kind switch
        {
            "noncharacter" => "a Unicode noncharacter",
            "surrogate" => "half of a surrogate pair",
            _ => "a control character",
        }) : null;

    /// <summary>Why <paramref name="text"/> cannot be stored, as a message naming the field (a resource key), or null.</summary>
    public static UiMessage? ProblemOf(string fieldKey, string text, bool multiline) =>
        Find(text, multiline) is { } flaw
            ? new UiMessage("Error.Hygiene." + flaw.Kind, new UiMessage(fieldKey), flaw.Scalar.ToString("X4", CultureInfo.InvariantCulture), flaw.Index + 1)
            : null;

    private static (int Scalar, int Index, string Kind)? Find(string text, bool multiline)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                if ((scalar & 0xFFFE) == 0xFFFE)
                {
                    return (scalar, i, "noncharacter");
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return (c, i, "surrogate");
            }

            if (c is '\uFFFE' or '\uFFFF' || c is >= '\uFDD0' and <= '\uFDEF')
            {
                return (c, i, "noncharacter");
            }

            if (char.IsControl(c) && !(c == '\t' || (multiline && c is '\n' or '\r')))
            {
                return (c, i, "control");
            }
        }

        return null;
    }

    public static bool IsClean(string? text, bool multiline = false) => text is null || Problem(text, multiline) is null;

    /// <summary>
    /// <paramref name="text"/> with every character <see cref="Problem"/> refuses replaced by a space: for input that
    /// is never stored and where anything may be typed, such as a search query.
    /// </summary>
    public static string Clean(string text)
    {
        if (Problem(text, multiline: true) is null)
        {
            return text;
        }

        var clean = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var piece = text.Substring(i, length);
            clean.Append(Problem(piece, multiline: true) is null ? piece : " ");
            i += length - 1;
        }

        return clean.ToString();
    }

    private static string Describe(int scalar, int index, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"holds {what} (U+{scalar:X4} at character {index + 1}); remove it");
}
