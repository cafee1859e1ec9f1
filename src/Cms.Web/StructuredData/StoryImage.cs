namespace Cms.Web.StructuredData;

/// <summary>A story's picture for previews: its absolute URL, its size when known and its alt text in the page's language.</summary>
internal sealed record StoryImage(string Url, int? Width, int? Height, string Alt);
