using Cms.Web.Data;

namespace Cms.Web.Newsroom.Media;

/// <summary>Makes the renditions of one picture, named and recorded: at upload, and for pictures uploaded before
/// renditions existed (<see cref="RenditionBackfill"/>). A picture whose renditions cannot be made keeps none, which
/// is logged; its original is served instead.</summary>
internal sealed partial class RenditionService(RenditionMaker maker, ILogger<RenditionService> logger)
{
    /// <summary>The renditions of the picture stored as <paramref name="storedName"/>, whose bytes are
    /// <paramref name="picture"/>, for the caller to save (<see cref="MediaFiles.AddRenditions"/>); none when it is no
    /// picture or they failed.</summary>
    public IReadOnlyList<MadeRendition> Make(string storedName, byte[] picture)
    {
        if (!MediaFileNames.TryGetKind(storedName, out var kind) || kind == MediaKind.Pdf)
        {
            return [];
        }

        try
        {
            return
            [
                .. maker.Make(picture, kind).Select(rendition => new MadeRendition(
                    new MediaRendition
                    {
                        ContentType = MediaFileNames.ContentTypeOf(rendition.Kind),
                        Width = rendition.Width,
                        Height = rendition.Height,
                        StoredName = MediaFileNames.Rendition(storedName, rendition.Width, rendition.Kind, rendition.Content),
                        SizeBytes = rendition.Content.Length,
                    },
                    rendition.Content)),
            ];
        }
        catch (Exception ex) when (ex is MediaValidationException or InvalidOperationException)
        {
            LogFailed(ex, storedName);
            return [];
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not make the renditions of {StoredName}; its original is served instead")]
    private partial void LogFailed(Exception exception, string storedName);
}
