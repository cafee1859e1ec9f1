namespace Cms.Web.Pictures;

/// <summary>The picture to name in previews, feeds and structured data: a URL path of this site (make it absolute with
/// <see cref="Pages.Shared.SiteUrls.Absolute"/>), its size in pixels, content type and length in bytes (for enclosures), and its alt text in the language asked for
/// ("" when it has none there).</summary>
internal sealed record SharedImage(string Url, int Width, int Height, string ContentType, long SizeBytes, string Alt = "");
