namespace Cms.Web.Newsroom.Media;

/// <summary>One rendition as made: its format (<see cref="MediaKind.Jpeg"/> or <see cref="MediaKind.WebP"/>), size and bytes.</summary>
internal sealed record RenditionImage(MediaKind Kind, int Width, int Height, byte[] Content);
