namespace Cms.Web.Data;

internal sealed class MediaAltText
{
    public int MediaItemId { get; set; }

    public required string Language { get; set; }

    public required string Text { get; set; }
}
