namespace Cms.Web.Newsroom.Media;

/// <summary>The one way an upload becomes storable: its type and structure checked from the bytes, then an image
/// decoded within the pixel limit and re-encoded (which drops EXIF and GPS), a PDF opened by a real parser.</summary>
internal sealed class MediaPreparer(MediaInspector inspector, ImageReencoder reencoder)
{
    public PreparedUpload Prepare(byte[] content, long maxBytes)
    {
        var inspection = inspector.Inspect(content, maxBytes);
        if (inspection.Kind == MediaKind.Pdf)
        {
            return new PreparedUpload(inspection, content);
        }

        var image = reencoder.Reencode(content, inspection.Kind);
        var stored = new MediaInspection(
            image.Kind, MediaFileNames.ContentTypeOf(image.Kind), MediaFileNames.ExtensionOf(image.Kind), image.Width, image.Height);
        return new PreparedUpload(stored, image.Content);
    }
}
