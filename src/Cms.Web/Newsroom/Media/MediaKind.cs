namespace Cms.Web.Newsroom.Media;

/// <summary>The upload types the newsroom accepts, as sniffed from the content.</summary>
internal enum MediaKind
{
    Jpeg,
    Png,
    WebP,
    Gif,
    Pdf,
}
