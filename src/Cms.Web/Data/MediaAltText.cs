namespace Cms.Web.Data;

/// <summary>What a picture says in one language: its alt text (for readers who cannot see it; may be empty when only a
/// caption is given), the caption shown under it, and a credit that replaces the picture's shared one in this language.</summary>
internal sealed class MediaAltText
{
    public int MediaItemId { get; set; }

    public required string Language { get; set; }

    public required string Text { get; set; }

    public string? Caption { get; set; }

    public string? Credit { get; set; }
}
