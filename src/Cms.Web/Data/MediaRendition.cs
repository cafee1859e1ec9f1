namespace Cms.Web.Data;

/// <summary>A smaller copy of an uploaded picture, made once at upload (480, 960 and 1600 pixels wide, never wider
/// than the original) as WebP and as JPEG, stored next to it under a name that carries a fingerprint of its bytes.</summary>
internal sealed class MediaRendition
{
    public int MediaItemId { get; set; }

    /// <summary><c>image/webp</c> or <c>image/jpeg</c>.</summary>
    public required string ContentType { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>Relative path under <c>media/</c>, e.g. <c>2026/11/5f2c…-960-1a2b3c4d5e6f.webp</c>.</summary>
    public required string StoredName { get; set; }

    public long SizeBytes { get; set; }
}
