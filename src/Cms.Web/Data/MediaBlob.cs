namespace Cms.Web.Data;

/// <summary>The bytes of an upload or of a rendition, by its stored name. The database holds every file, written in
/// the transaction that records it; each node keeps copies under its own media directory (<see cref="Newsroom.Media.MediaFiles"/>).
/// A stored name is never given other bytes.</summary>
internal sealed class MediaBlob
{
    /// <summary>A <see cref="MediaItem.StoredName"/> or a <see cref="MediaRendition.StoredName"/>.</summary>
    public required string StoredName { get; set; }

    public required byte[] Content { get; set; }
}
