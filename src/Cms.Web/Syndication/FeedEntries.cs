using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Markdown;
using Cms.Web.Pages.Shared;
using Cms.Web.Terms;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Syndication;

/// <summary>Reads the translations a feed lists and makes them entries: text, full HTML, picture, terms and the
/// story's other live translations.</summary>
internal sealed class FeedEntries(
    CmsDbContext db, MarkdownRenderer markdown, PageTerms terms, Pictures.MediaPictures pictures, LocalizedText text, SiteLanguages languages)
{
    /// <summary>
    /// The entries for translations named by language and slug, newest publication first (ties in the given order).
    /// One that stopped being live since it was chosen is left out.
    /// </summary>
    public async Task<IReadOnlyList<FeedEntry>> ReadAsync(HttpRequest request, IReadOnlyList<(string Language, string Slug)> shown, CancellationToken cancellationToken)
    {
        var slugs = shown.Select(s => s.Slug).Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.Translations.AsNoTracking()
            .Where(t => slugs.Contains(t.Slug) && t.IsLive)
            .Select(t => new
            {
                t.Language, t.Slug, t.Title, t.Summary, t.Body, t.BodyHtml, t.PublishedUtc, t.UpdatedUtc, t.Story,
                Live = t.Story.Translations.Where(o => o.IsLive).Select(o => new { o.Language, o.Slug }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var byKey = rows.ToDictionary(r => (r.Language, r.Slug));

        // Enclosed as Open Graph shares it: the widest JPEG rendition, which carries no metadata of the original.
        var media = await pictures.SharedAsync(rows.Select(r => r.Story.Image), cancellationToken);

        var entries = new List<(FeedEntry Entry, int Order)>();
        foreach (var (key, order) in shown.Select((key, order) => (key, order)))
        {
            if (!byKey.TryGetValue(key, out var row))
            {
                continue;
            }

            var story = row.Story;
            var names = await terms.ForStoryAsync(story, row.Language, cancellationToken);
            var image = story.Image is { } stored && media.TryGetValue(stored, out var item)
                ? new FeedImage(SiteUrls.Absolute(request, item.Url), item.ContentType, item.SizeBytes)
                : null;
            entries.Add((new FeedEntry(
                $"urn:dialogue-news:story:{story.Key}:{row.Language}",
                row.Language,
                row.Title,
                row.Summary,
                row.BodyHtml ?? markdown.ToHtmlOrPlain(row.Body),
                SiteUrls.Absolute(request, SiteUrls.Story(row.Language, row.Slug)),
                row.PublishedUtc!.Value,
                LastModified.Of(row.PublishedUtc, row.UpdatedUtc),
                Hreflang.ForStory(request, row.Live.Select(t => (t.Language, t.Slug)), story.SourceLanguage).Alternates,
                Categories(names),
                image,
                text.Get((languages.Find(row.Language) ?? languages.Default).Culture, "SiteName")), order));
        }

        return [.. entries.OrderByDescending(e => e.Entry.PublishedUtc).ThenBy(e => e.Order).Select(e => e.Entry)];
    }

    private static List<string> Categories(StoryTermNames names) =>
    [
        .. names.Places.Concat(names.Venue is { } venue ? [venue] : []).Concat(names.Organisers).Concat(names.Project).Concat(names.Tags)
            .Select(n => n.Text).Distinct(StringComparer.Ordinal),
    ];
}
