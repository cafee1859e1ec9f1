namespace Cms.Web.Syndication;

/// <summary>A story's picture as an enclosure: absolute URL, media type and size in bytes.</summary>
internal sealed record FeedImage(string Url, string ContentType, long Length);
