namespace Cms.Web.StructuredData;

/// <summary>An article's previews for the head: the JSON-LD text and the Open Graph / Twitter tags.</summary>
internal sealed record ArticlePreview(string JsonLd, IReadOnlyList<MetaTag> Tags);
