using Cms.Web.Infrastructure;

namespace Cms.Web.StructuredData;

/// <summary>Open Graph and Twitter card tags: an article's (its picture, times and translations), or a plain page's
/// (the site's icon as its picture).</summary>
internal static class SocialTags
{
    public static IReadOnlyList<MetaTag> ForArticle(ArticleFacts facts, IEnumerable<SiteLanguage> alternates)
    {
        var translation = facts.Translation;
        var tags = new List<MetaTag>
        {
            new("og:type", "article"),
            new("og:site_name", facts.SiteName),
            new("og:title", translation.Title),
            new("og:url", facts.Url),
            new("og:locale", Locale(facts.Language)),
        };
        tags.AddRange(alternates.Select(l => new MetaTag("og:locale:alternate", Locale(l))));
        if (translation.Summary.Length > 0)
        {
            tags.Add(new("og:description", translation.Summary));
        }

        if (facts.Image is { } image)
        {
            tags.AddRange(Image(image.Url, image.Width, image.Height, image.Alt));
        }

        tags.Add(new("article:published_time", IsoTimes.Instant(translation.PublishedUtc!.Value, facts.Zone)));
        tags.Add(new("article:modified_time", IsoTimes.Instant(facts.ModifiedUtc, facts.Zone)));
        tags.Add(new("twitter:card", facts.Image is null ? "summary" : "summary_large_image"));
        tags.Add(new("twitter:title", translation.Title));
        if (translation.Summary.Length > 0)
        {
            tags.Add(new("twitter:description", translation.Summary));
        }

        if (facts.Image is { } picture)
        {
            tags.Add(new("twitter:image", picture.Url));
            if (picture.Alt.Length > 0)
            {
                tags.Add(new("twitter:image:alt", picture.Alt));
            }
        }

        return tags;
    }

    /// <summary>A page that is no article (home, a term, events): a website with the site's icon.</summary>
    public static IReadOnlyList<MetaTag> ForPage(SiteLanguage language, string title, string? description, string url, string siteName, string iconUrl, int iconSize)
    {
        var tags = new List<MetaTag>
        {
            new("og:type", "website"),
            new("og:site_name", siteName),
            new("og:title", title),
            new("og:url", url),
            new("og:locale", Locale(language)),
        };
        if (description is { Length: > 0 })
        {
            tags.Add(new("og:description", description));
        }

        tags.AddRange(Image(iconUrl, iconSize, iconSize, ""));
        tags.Add(new("twitter:card", "summary"));
        return tags;
    }

    /// <summary>Open Graph writes locales as <c>ru_RU</c>.</summary>
    public static string Locale(SiteLanguage language) => language.Culture.Name.Replace('-', '_');

    private static IEnumerable<MetaTag> Image(string url, int? width, int? height, string alt)
    {
        yield return new("og:image", url);
        if (width is { } w && height is { } h)
        {
            yield return new("og:image:width", w.ToString(System.Globalization.CultureInfo.InvariantCulture));
            yield return new("og:image:height", h.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (alt.Length > 0)
        {
            yield return new("og:image:alt", alt);
        }
    }
}
