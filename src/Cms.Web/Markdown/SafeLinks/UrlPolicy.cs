namespace Cms.Web.Markdown.SafeLinks;

/// <summary>Which link destinations may reach a reader's browser.</summary>
internal static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
        var compact = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var beforeColon = compact.AsSpan(0, colon);
        if (beforeColon.IndexOfAny('/', '?', '#') >= 0)
        {
            return true; // the colon is in a path, query or fragment: a relative URL
        }

        foreach (var scheme in AllowedSchemes)
        {
            if (beforeColon.Equals(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
