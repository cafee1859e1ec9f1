namespace Cms.Web.Syndication;

/// <summary>A recent article in the Google News sitemap.</summary>
/// <param name="Publication">The site's name in the article's language.</param>
internal sealed record NewsSitemapEntry(string Location, string Publication, string Language, DateTime PublishedUtc, string Title);
