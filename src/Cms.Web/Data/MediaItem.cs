namespace Cms.Web.Data;

/// <summary>An uploaded image or PDF, stored under the data directory with a generated name.</summary>
internal sealed class MediaItem
{
    public int Id { get; set; }

    /// <summary>Relative path under <c>media/</c>, e.g. <c>2026/11/5f2c….png</c>.</summary>
    public required string StoredName { get; set; }

    public required string ContentType { get; set; }

    public required string OriginalName { get; set; }

    public long SizeBytes { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public DateTime UploadedUtc { get; set; }

    public required string UploadedBy { get; set; }

    /// <summary>Who made the picture ("Айбек Асанов", "International Alert"), the same in every language unless a
    /// language's <see cref="MediaAltText.Credit"/> says otherwise.</summary>
    public string? Credit { get; set; }

    public List<MediaAltText> AltTexts { get; set; } = [];

    public List<MediaRendition> Renditions { get; set; } = [];
}
