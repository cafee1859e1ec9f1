using Cms.Web.Data;
using Cms.Web.Pictures;
using Cms.Web.Terms;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Pages.Lang;

/// <summary>Lists that mix languages (term pages, events): each story shown in the page's language when it has it
/// live, else in the first language along the fallback order.</summary>
internal static class StoryListQuery
{
    public static async Task<IReadOnlyList<StoryListItem>> ShownInAsync(
        IQueryable<Story> stories, string language, TermFallback fallback, CancellationToken cancellationToken)
    {
        var page = await stories.Select(s => new
        {
            s.Id, s.Kind, s.SourceLanguage, s.EventStart, s.EventEnd, s.Image,
            Live = s.Translations.Where(t => t.IsLive).Select(t => new { t.Language, t.Title, t.Slug, t.Summary, t.PublishedUtc }).ToList(),
        }).ToListAsync(cancellationToken);
        return [.. page.Select(s =>
        {
            var shown = fallback.For(s.SourceLanguage).Prepend(language)
                .Select(code => s.Live.FirstOrDefault(t => string.Equals(t.Language, code, StringComparison.Ordinal)))
                .First(t => t is not null)!;
            return new StoryListItem(s.Id, shown.Language, shown.Title, shown.Slug, shown.Summary, shown.PublishedUtc!.Value, s.Kind.ToString(), s.EventStart, s.EventEnd, s.Image);
        })];
    }

    /// <summary>The items with their pictures, alt texts in <paramref name="language"/> (the page's), in one query.</summary>
    public static async Task<IReadOnlyList<StoryListItem>> WithPicturesAsync(
        IReadOnlyList<StoryListItem> items, string language, MediaPictures pictures, CancellationToken cancellationToken)
    {
        var found = await pictures.InAsync(items.Select(i => i.Image), language, cancellationToken);
        return [.. items.Select(i => i.Image is { } image && found.TryGetValue(image, out var picture) ? i with { Picture = picture } : i)];
    }
}
