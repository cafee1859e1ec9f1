using Cms.Web.Data;
using Cms.Web.Newsroom.Media;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Pictures;

/// <summary>Reads pictures as pages, feeds and the API show them: one query for any number of stored names.</summary>
internal sealed class MediaPictures(CmsDbContext db)
{
    private static readonly string WebPType = MediaFileNames.ContentTypeOf(MediaKind.WebP);
    private static readonly string JpegType = MediaFileNames.ContentTypeOf(MediaKind.Jpeg);

    /// <summary>The pictures of these stored names in <paramref name="language"/>, by stored name; names that are no
    /// picture (a PDF, nothing stored) are left out.</summary>
    public async Task<IReadOnlyDictionary<string, MediaPicture>> InAsync(
        IEnumerable<string?> storedNames, string language, CancellationToken cancellationToken)
    {
        var items = await LoadAsync(storedNames, cancellationToken);
        return items.ToDictionary(m => m.StoredName, m => Of(m, language), StringComparer.Ordinal);
    }

    public async Task<MediaPicture?> OfAsync(string? storedName, string language, CancellationToken cancellationToken) =>
        (await InAsync([storedName], language, cancellationToken)).GetValueOrDefault(storedName ?? "");

    /// <summary>The best file to share a picture by (Open Graph, JSON-LD, feed enclosures): its widest JPEG rendition,
    /// else the original, with its alt text in <paramref name="language"/>; null when the name is no picture.</summary>
    public async Task<SharedImage?> SharedAsync(string? storedName, string? language, CancellationToken cancellationToken) =>
        (await LoadAsync([storedName], cancellationToken)).Select(item => Shared(item) with { Alt = AltIn(item, language) }).FirstOrDefault();

    /// <summary><see cref="SharedAsync(string?, string?, CancellationToken)"/> for many pictures at once (no alt
    /// texts), by stored name.</summary>
    public async Task<IReadOnlyDictionary<string, SharedImage>> SharedAsync(IEnumerable<string?> storedNames, CancellationToken cancellationToken) =>
        (await LoadAsync(storedNames, cancellationToken)).ToDictionary(m => m.StoredName, Shared, StringComparer.Ordinal);

    private static SharedImage Shared(MediaItem item)
    {
        var widest = item.Renditions.Where(r => r.ContentType == JpegType).MaxBy(r => r.Width);
        return widest is not null
            ? new SharedImage(MediaUrls.Of(widest.StoredName), widest.Width, widest.Height, widest.ContentType, widest.SizeBytes)
            : new SharedImage(MediaUrls.Of(item.StoredName), item.Width!.Value, item.Height!.Value, item.ContentType, item.SizeBytes);
    }

    private static string AltIn(MediaItem item, string? language) =>
        item.AltTexts.FirstOrDefault(a => a.Language == language)?.Text ?? "";

    /// <summary>The pictures of these stored names with all their texts and renditions, by stored name (for the API).</summary>
    public async Task<IReadOnlyDictionary<string, MediaItem>> ItemsAsync(IEnumerable<string?> storedNames, CancellationToken cancellationToken) =>
        (await LoadAsync(storedNames, cancellationToken)).ToDictionary(m => m.StoredName, StringComparer.Ordinal);

    public static MediaPicture Of(MediaItem item, string language)
    {
        var texts = item.AltTexts.FirstOrDefault(a => a.Language == language);
        return new MediaPicture(
            item.StoredName,
            new PictureRendition(MediaUrls.Of(item.StoredName), item.Width!.Value, item.Height!.Value),
            Renditions(item, WebPType),
            Renditions(item, JpegType),
            texts?.Text ?? "",
            NullIfEmpty(texts?.Caption),
            NullIfEmpty(texts?.Credit) ?? NullIfEmpty(item.Credit));
    }

    private async Task<List<MediaItem>> LoadAsync(IEnumerable<string?> storedNames, CancellationToken cancellationToken)
    {
        var names = storedNames.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            return [];
        }

        return await db.Media.AsNoTracking()
            .Where(m => names.Contains(m.StoredName) && m.ContentType != "application/pdf" && m.Width != null && m.Height != null)
            .Include(m => m.AltTexts).Include(m => m.Renditions).AsSplitQuery()
            .ToListAsync(cancellationToken);
    }

    private static List<PictureRendition> Renditions(MediaItem item, string contentType) =>
    [
        .. item.Renditions.Where(r => r.ContentType == contentType).OrderBy(r => r.Width)
            .Select(r => new PictureRendition(MediaUrls.Of(r.StoredName), r.Width, r.Height)),
    ];

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
