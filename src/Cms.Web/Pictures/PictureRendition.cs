namespace Cms.Web.Pictures;

/// <summary>One file a picture can be shown from: its URL path and size in pixels.</summary>
internal sealed record PictureRendition(string Url, int Width, int Height);
