namespace Cms.Web.Newsroom.Media;

/// <summary>An image as it is stored: re-encoded pixels only, upright, with its kind (a GIF becomes a PNG).</summary>
internal sealed record ReencodedImage(MediaKind Kind, byte[] Content, int Width, int Height);
