using System.Text.Json.Nodes;

namespace Cms.Web.StructuredData;

/// <summary>
/// schema.org <c>NewsArticle</c> for one translation (and the <c>Event</c> it announces), as one <c>@graph</c>. The
/// source-language translation is the work; the other live translations are its <c>workTranslation</c>s, and each of
/// them names the source as its <c>translationOfWork</c>.
/// </summary>
internal static class NewsArticleJsonLd
{
    public static JsonObject Build(ArticleFacts facts)
    {
        var graph = new JsonArray { Article(facts) };
        if (facts.HasEvent)
        {
            graph.Add(EventJsonLd.Build(facts));
        }

        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@graph"] = graph,
        };
    }

    public static string ArticleId(string url) => url + "#article";

    private static JsonObject Article(ArticleFacts facts)
    {
        var translation = facts.Translation;
        var article = new JsonObject
        {
            ["@type"] = "NewsArticle",
            ["@id"] = ArticleId(facts.Url),
            ["url"] = facts.Url,
            ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = facts.Url },
            ["headline"] = translation.Title,
            ["inLanguage"] = translation.Language,
            ["datePublished"] = IsoTimes.Instant(translation.PublishedUtc!.Value, facts.Zone),
            ["dateModified"] = IsoTimes.Instant(facts.ModifiedUtc, facts.Zone),
            ["author"] = Organisation(facts.Publisher, withLogo: false),
            ["publisher"] = Organisation(facts.Publisher, withLogo: true),
        };
        if (translation.Summary.Length > 0)
        {
            article["description"] = translation.Summary;
        }

        if (facts.Image is { } image)
        {
            article["image"] = ImageObject(image);
        }

        var source = facts.Story.SourceLanguage;
        if (translation.Language == source)
        {
            var others = facts.LiveUrls.Where(u => u.Key != source).OrderBy(u => u.Key, StringComparer.Ordinal).ToList();
            if (others.Count > 0)
            {
                article["workTranslation"] = new JsonArray([.. others.Select(u => Reference(u.Key, u.Value))]);
            }
        }
        else if (facts.LiveUrls.TryGetValue(source, out var sourceUrl))
        {
            article["translationOfWork"] = Reference(source, sourceUrl);
        }

        return article;
    }

    internal static JsonObject ImageObject(StoryImage image)
    {
        var node = new JsonObject { ["@type"] = "ImageObject", ["url"] = image.Url };
        if (image.Width is { } width && image.Height is { } height)
        {
            node["width"] = width;
            node["height"] = height;
        }

        return node;
    }

    private static JsonObject Reference(string language, string url) => new()
    {
        ["@type"] = "NewsArticle",
        ["@id"] = ArticleId(url),
        ["url"] = url,
        ["inLanguage"] = language,
    };

    private static JsonObject Organisation(Publisher publisher, bool withLogo)
    {
        var node = new JsonObject
        {
            ["@type"] = "Organization",
            ["name"] = publisher.Name,
            ["url"] = publisher.SiteUrl,
        };
        if (withLogo)
        {
            node["logo"] = new JsonObject
            {
                ["@type"] = "ImageObject",
                ["url"] = publisher.LogoUrl,
                ["width"] = publisher.LogoSize,
                ["height"] = publisher.LogoSize,
            };
        }

        return node;
    }
}
