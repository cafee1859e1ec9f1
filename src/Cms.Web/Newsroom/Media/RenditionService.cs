using Cms.Web.Data;

namespace Cms.Web.Newsroom.Media;

/// <summary>Makes, stores and records the renditions of one picture: at upload, and for pictures uploaded before
/// renditions existed (<see cref="RenditionBackfill"/>). A picture whose renditions cannot be made keeps none, which
/// is logged; its original is served instead.</summary>
internal sealed partial class RenditionService(RenditionMaker maker, MediaStore store, ILogger<RenditionService> logger)
{
    /// <summary>Adds the renditions of <paramref name="item"/>, whose stored bytes are <paramref name="picture"/>, to
    /// its <see cref="MediaItem.Renditions"/> (the caller saves); false when it is no picture or they failed.</summary>
    public async Task<bool> AddToAsync(MediaItem item, byte[] picture, CancellationToken cancellationToken)
    {
        if (!MediaFileNames.TryGetKind(item.StoredName, out var kind) || kind == MediaKind.Pdf)
        {
            return false;
        }

        try
        {
            var made = maker.Make(picture, kind);
            var renditions = new List<MediaRendition>(made.Count);
            foreach (var rendition in made)
            {
                var name = MediaFileNames.Rendition(item.StoredName, rendition.Width, rendition.Kind, rendition.Content);
                await store.SaveRenditionAsync(name, rendition.Content, cancellationToken);
                renditions.Add(new MediaRendition
                {
                    ContentType = MediaFileNames.ContentTypeOf(rendition.Kind),
                    Width = rendition.Width,
                    Height = rendition.Height,
                    StoredName = name,
                    SizeBytes = rendition.Content.Length,
                });
            }

            item.Renditions.AddRange(renditions);
            return true;
        }
        catch (Exception ex) when (ex is MediaValidationException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            LogFailed(ex, item.StoredName);
            return false;
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not make the renditions of {StoredName}; its original is served instead")]
    private partial void LogFailed(Exception exception, string storedName);
}
