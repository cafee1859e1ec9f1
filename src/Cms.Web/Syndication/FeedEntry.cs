using Cms.Web.Pages.Shared;

namespace Cms.Web.Syndication;

/// <summary>One live translation as a feed entry.</summary>
/// <param name="Id">Stable for the translation whatever its slug or the site's address: the story key and language.</param>
/// <param name="Html">The body as the article shows it (the site's Markdown pipeline).</param>
/// <param name="Translations">Every live translation of the story, this one included, by language.</param>
/// <param name="Categories">The story's term labels in the entry's language (or the fallback's).</param>
/// <param name="Author">The publisher, named in the entry's language.</param>
internal sealed record FeedEntry(
    string Id,
    string Language,
    string Title,
    string Summary,
    string Html,
    string Url,
    DateTime PublishedUtc,
    DateTime UpdatedUtc,
    IReadOnlyList<AlternateLink> Translations,
    IReadOnlyList<string> Categories,
    FeedImage? Image,
    string Author);
