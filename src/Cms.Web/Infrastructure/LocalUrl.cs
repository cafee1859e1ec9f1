using System.Text;

namespace Cms.Web.Infrastructure;

/// <summary>
/// The one rule for a return address taken from the request (language switch, sign-in): a path on this site.
/// Browsers drop tabs and line breaks and read <c>\</c> as <c>/</c>, so <c>/%09/evil.example</c> would leave the site;
/// such input is refused. Other characters outside printable ASCII are percent-encoded so the Location header is valid.
/// </summary>
internal static class LocalUrl
{
    public static bool TryNormalize(string? url, out string location)
    {
        location = "";
        if (string.IsNullOrEmpty(url) || url.Length > 2000 || url[0] != '/' || (url.Length > 1 && url[1] is '/' or '\\'))
        {
            return false;
        }

        var builder = new StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (char.IsControl(c) || c == '\\')
            {
                return false;
            }

            if (c is > ' ' and < '\u007f')
            {
                builder.Append(c);
                continue;
            }

            if (!Rune.TryGetRuneAt(url, i, out var rune))
            {
                return false;
            }

            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count])
            {
                builder.Append('%').Append(Convert.ToHexString([b]));
            }

            i += rune.Utf16SequenceLength - 1;
        }

        location = builder.ToString();
        return true;
    }
}
