using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Cms.Web.Newsroom;

/// <summary>
/// A short hash of what a form showed, posted back with it: when someone else saved in between, a part the user
/// did not touch is recognised and left alone instead of being reported as a conflict.
/// </summary>
internal static class TextFingerprint
{
    public static string Of(TranslationEdit text) =>
        Hash(string.Join('\u001f', text.Title.Trim(), text.Slug?.Trim() ?? "", text.Summary.ReplaceLineEndings(" ").Trim(), text.Body.ReplaceLineEndings("\n").Trim()));

    public static string Of(StoryFields fields) => Hash(JsonSerializer.Serialize(fields.Normalized()));

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));
}
