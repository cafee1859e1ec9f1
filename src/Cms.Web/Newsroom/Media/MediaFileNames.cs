using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Cms.Web.Newsroom.Media;

/// <summary>Names of stored media. A stored name is always generated here ("2026/11/&lt;32 hex&gt;.png"); the name a
/// file was uploaded with is only ever display text.</summary>
internal static partial class MediaFileNames
{
    public const int MaxDisplayNameLength = 120;

    /// <summary>A new relative name "yyyy/MM/&lt;128-bit random hex&gt;.ext", with '/' as the separator on every OS.</summary>
    public static string Generate(MediaKind kind, DateTime utcNow)
    {
        var utc = utcNow.Kind == DateTimeKind.Local ? utcNow.ToUniversalTime() : utcNow;
        var random = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return string.Create(CultureInfo.InvariantCulture, $"{utc.Year:D4}/{utc.Month:D2}/{random}{ExtensionOf(kind)}");
    }

    /// <summary>The name of a rendition of a stored picture: next to it, its width and a fingerprint of its bytes
    /// ("2026/11/&lt;hex&gt;-960-&lt;12 hex&gt;.webp"). Different bytes get a different name, so a rendition's URL can be
    /// cached for ever; the same bytes always get the same name, so making them again changes nothing.</summary>
    public static string Rendition(string storedName, int width, MediaKind kind, ReadOnlySpan<byte> content)
    {
        if (!IsSafeStoredName(storedName))
        {
            throw new ArgumentException($"'{storedName}' is not a stored media name.", nameof(storedName));
        }

        var stem = storedName[..storedName.LastIndexOf('.')];
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
        return string.Create(CultureInfo.InvariantCulture, $"{stem}-{width}-{fingerprint}{ExtensionOf(kind)}");
    }

    /// <summary>True only for names <see cref="Rendition"/> can produce.</summary>
    public static bool IsRenditionName(string? relativePath) =>
        relativePath is not null && RenditionName().IsMatch(relativePath);

    /// <summary>True only for names <see cref="Generate"/> can produce, so no traversal, absolute path, encoded dot,
    /// backslash, NUL or upper-case variant ever reaches the file system.</summary>
    public static bool IsSafeStoredName(string? relativePath) =>
        relativePath is not null && StoredName().IsMatch(relativePath);

    /// <summary>The kind a stored or rendition name was generated for, from its extension; false when the name is not safe.</summary>
    public static bool TryGetKind(string? relativePath, out MediaKind kind)
    {
        kind = default;
        if (!IsSafeStoredName(relativePath) && !IsRenditionName(relativePath))
        {
            return false;
        }

        foreach (var candidate in Enum.GetValues<MediaKind>())
        {
            if (relativePath!.EndsWith(ExtensionOf(candidate), StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        return false;
    }

    public static string ExtensionOf(MediaKind kind) => kind switch
    {
        MediaKind.Jpeg => ".jpg",
        MediaKind.Png => ".png",
        MediaKind.WebP => ".webp",
        MediaKind.Gif => ".gif",
        MediaKind.Pdf => ".pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ContentTypeOf(MediaKind kind) => kind switch
    {
        MediaKind.Jpeg => "image/jpeg",
        MediaKind.Png => "image/png",
        MediaKind.WebP => "image/webp",
        MediaKind.Gif => "image/gif",
        MediaKind.Pdf => "application/pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The uploaded name made safe to show: no directory part, no control or bidi-override characters (they
    /// can disguise "photo[U+202E]gpj.exe"), no broken surrogates, at most 120 characters keeping the extension;
    /// "file" when nothing is left.</summary>
    public static string CleanDisplayName(string? uploadedName)
    {
        if (string.IsNullOrEmpty(uploadedName))
        {
            return "file";
        }

        var lastSeparator = uploadedName.AsSpan().LastIndexOfAny('/', '\\');
        var name = uploadedName.AsSpan(lastSeparator + 1);

        var clean = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
                {
                    clean.Append(c).Append(name[++i]);
                }

                continue;
            }

            if (char.IsLowSurrogate(c) || char.IsControl(c) || IsBidiControl(c))
            {
                continue;
            }

            clean.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        var result = clean.ToString().Trim();
        if (result.Length > MaxDisplayNameLength)
        {
            result = Shorten(result);
        }

        return result is "" or "." or ".." ? "file" : result;
    }

    private static string Shorten(string name)
    {
        var dot = name.LastIndexOf('.');
        var extension = dot > 0 && name.Length - dot <= 10 ? name[dot..] : "";
        var stem = name[..(name.Length - extension.Length)];
        var keep = MaxDisplayNameLength - extension.Length;
        if (char.IsHighSurrogate(stem[keep - 1]))
        {
            keep--;
        }

        return stem[..keep].TrimEnd() + extension;
    }

    private static bool IsBidiControl(char c) =>
        c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u061C';

    // [0-9] rather than \d (which matches every script's digits) and \z rather than $ (which allows a trailing "\n").
    [GeneratedRegex(@"^[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\.(?:jpg|png|webp|gif|pdf)\z", RegexOptions.CultureInvariant)]
    private static partial Regex StoredName();

    [GeneratedRegex(@"^[0-9]{4}/[0-9]{2}/[0-9a-f]{32}-[1-9][0-9]{0,4}-[0-9a-f]{12}\.(?:jpg|webp)\z", RegexOptions.CultureInvariant)]
    private static partial Regex RenditionName();
}
