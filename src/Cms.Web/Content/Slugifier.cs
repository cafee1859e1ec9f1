using System.Text;
using System.Text.RegularExpressions;
using Cms.Search.Transliteration;

namespace Cms.Web.Content;

/// <summary>
/// Slugs are transliterated to ASCII (see README): they stay readable in every messenger, mail client and log,
/// where native-script slugs turn into long percent-encoded strings.
/// </summary>
internal static partial class Slugifier
{
    public const int MaxLength = 80;

    public static string FromTitle(string title, string language)
    {
        var latin = Romanizer.ForLanguage(language).Romanize(title.ToLowerInvariant());
        var builder = new StringBuilder(latin.Length);
        foreach (var c in latin)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = cut > 0 ? slug[..cut] : slug[..MaxLength];
        }

        return slug;
    }

    public static bool IsValid(string slug) => slug.Length <= 200 && SlugPattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
