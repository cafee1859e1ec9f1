using Cms.Web.Pictures;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Cms.Web.Markdown.Pictures;

/// <summary>Finds the images of a parsed body that are this site's media, and attaches their pictures.</summary>
internal static class BodyPicture
{
    private static readonly object Key = typeof(BodyPicture);

    /// <summary>The stored names of the media images in the body (<c>2026/11/….jpg</c> of <c>/media/2026/11/….jpg</c>).</summary>
    public static IReadOnlyList<string> StoredNames(MarkdownDocument document) =>
        [.. Images(document).Select(i => i.StoredName).Distinct(StringComparer.Ordinal)];

    public static void Attach(MarkdownDocument document, IReadOnlyDictionary<string, MediaPicture> pictures)
    {
        foreach (var (link, name) in Images(document))
        {
            if (pictures.TryGetValue(name, out var picture))
            {
                link.SetData(Key, picture);
            }
        }
    }

    public static MediaPicture? Of(LinkInline link) => link.GetData(Key) as MediaPicture;

    private static IEnumerable<(LinkInline Link, string StoredName)> Images(MarkdownDocument document) =>
        document.Descendants<LinkInline>()
            .Where(l => l.IsImage && l.Url is { } url && url.StartsWith(MediaUrls.Prefix, StringComparison.Ordinal) && url.Length > MediaUrls.Prefix.Length)
            .Select(l => (l, l.Url![MediaUrls.Prefix.Length..]));
}
