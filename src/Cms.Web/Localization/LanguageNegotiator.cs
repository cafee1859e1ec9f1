using Cms.Web.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace Cms.Web.Localization;

/// <summary>Picks the reader's language for <c>/</c>: the switcher's cookie, else Accept-Language, else the default.</summary>
internal static class LanguageNegotiator
{
    public const string CookieName = "cms-lang";

    public static string Negotiate(string? cookie, string? acceptLanguage, SiteLanguages languages)
    {
        if (languages.IsSupported(cookie))
        {
            return cookie!;
        }

        if (!string.IsNullOrWhiteSpace(acceptLanguage)
            && StringWithQualityHeaderValue.TryParseList([acceptLanguage], out var ranges))
        {
            var preferred = ranges
                .Select((range, index) => (Tag: range.Value.Value ?? "", Quality: range.Quality ?? 1.0, Index: index))
                .Where(r => r.Quality > 0)
                .OrderByDescending(r => r.Quality)
                .ThenBy(r => r.Index);
            foreach (var (tag, _, _) in preferred)
            {
                var dash = tag.IndexOf('-', StringComparison.Ordinal);
                var primary = (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
                if (languages.IsSupported(primary))
                {
                    return primary;
                }
            }
        }

        return languages.Default.Code;
    }
}
