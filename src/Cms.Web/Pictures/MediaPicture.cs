using System.Globalization;

namespace Cms.Web.Pictures;

/// <summary>
/// A picture as a page shows it in one language: its renditions (WebP and JPEG, narrowest first; none while they are
/// not made, then the original is shown), the size of the picture the <c>img</c> element falls back to, and the alt
/// text, caption and credit in that language (the language's own credit, else the shared one).
/// </summary>
internal sealed record MediaPicture(
    string StoredName,
    PictureRendition Original,
    IReadOnlyList<PictureRendition> WebP,
    IReadOnlyList<PictureRendition> Jpeg,
    string Alt,
    string? Caption,
    string? Credit)
{
    /// <summary>Browsers without <c>srcset</c> take this: the JPEG rendition nearest 960 pixels, else the original.</summary>
    public PictureRendition Fallback =>
        Jpeg.LastOrDefault(r => r.Width <= 960) ?? (Jpeg.Count > 0 ? Jpeg[0] : Original);

    /// <summary>The widest rendition, for previews and structured data; the original while none is made.</summary>
    public PictureRendition Largest => Jpeg.Count > 0 ? Jpeg[^1] : Original;

    public static string SrcSet(IEnumerable<PictureRendition> renditions) =>
        string.Join(", ", renditions.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Url} {r.Width}w")));
}
