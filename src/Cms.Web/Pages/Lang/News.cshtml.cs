using System.Globalization;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Markdown;
using Cms.Web.Pages.Shared;
using Cms.Web.Pictures;
using Cms.Web.StructuredData;
using Cms.Web.Terms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Web.Pages.Lang;

/// <summary><c>/{lang}/news/{slug}</c>: one translation of a story, linked to the others.</summary>
internal sealed class NewsModel(
    CmsDbContext db,
    SiteLanguages languages,
    SiteClock clock,
    MarkdownRenderer markdown,
    PageTerms pageTerms,
    MediaPictures pictures,
    RelatedStories related,
    ArticlePreviews previews,
    IStringLocalizer<SharedResource> text) : SitePageModel(languages, clock)
{
    public StoryTermNames Terms { get; private set; } = StoryTermNames.None;

    public Story? Story { get; private set; }

    public Translation? Translation { get; private set; }

    public string BodyHtml { get; private set; } = "";

    public bool IsOutdated { get; private set; }

    public string? ImageAlt => Picture?.Alt;

    /// <summary>The story's picture with its texts in the page's language; null when it has none.</summary>
    public MediaPicture? Picture { get; private set; }

    /// <summary>Stories sharing the most terms with this one, newest first among equals.</summary>
    public IReadOnlyList<StoryListItem> Related { get; private set; } = [];

    public StoryLink? Previous { get; private set; }

    public StoryLink? Next { get; private set; }

    /// <summary>On the not-found page: the languages the story does exist in.</summary>
    public IReadOnlyList<LinkedTranslation> ExistingVersions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string lang, string slug, CancellationToken cancellationToken)
    {
        UseLanguage(lang);
        var story = await db.Stories.AsNoTracking().Include(s => s.Translations)
            .FirstOrDefaultAsync(s => s.Translations.Any(t => t.Language == lang && t.Slug == slug), cancellationToken);
        var translation = story?.Translations.First(t => t.Language == lang && t.Slug == slug);
        if (story is not null && translation is not null && translation.IsLive)
        {
            Picture = await pictures.OfAsync(story.Image, lang, cancellationToken);

            Terms = await pageTerms.ForStoryAsync(story, lang, cancellationToken);
            CacheTags.Story(story.Id);
            Show(story, translation);
            if (translation.Body.Contains("](" + MediaUrls.Prefix, StringComparison.Ordinal))
            {
                // Pictures in the text are shown by their renditions as they are now, so the stored HTML will not do.
                BodyHtml = await markdown.ToPageHtmlAsync(translation.Body, async names => await pictures.InAsync(names, lang, cancellationToken));
            }

            var preview = await previews.BuildAsync(Request, Language, story, translation, Terms, cancellationToken);
            Chrome = Chrome with { JsonLd = preview.JsonLd, Social = preview.Tags };
            Related = await related.ForAsync(db, story, lang, cancellationToken);
            (Previous, Next) = await StoryNeighbours.OfAsync(db, translation, cancellationToken);
            TagWhatThePageShows(story);
            return Page();
        }

        var moved = await db.SlugRedirects.AsNoTracking()
            .Where(r => r.Language == lang && r.Slug == slug)
            .Select(r => new { r.Translation.Slug, r.Translation.IsLive })
            .FirstOrDefaultAsync(cancellationToken);
        if (moved is not null && moved.IsLive)
        {
            return RedirectPermanent(SiteUrls.Story(lang, moved.Slug));
        }

        return await NotFoundPageAsync(story, slug, cancellationToken);
    }

    private void Show(Story story, Translation translation)
    {
        Story = story;
        Translation = translation;
        BodyHtml = translation.BodyHtml ?? markdown.ToHtmlOrPlain(translation.Body);
        var visible = Story.Translations.Where(t => t.IsLive).OrderBy(t => t.Language, StringComparer.Ordinal).ToList();
        var source = Story.Translations.FirstOrDefault(t => t.Language == Story.SourceLanguage);
        IsOutdated = source is not null && translation != source
            && translation.TranslatedFromRevision is { } from && from < source.Revision;

        var versions = Hreflang.ForStory(Request, visible.Select(t => (t.Language, t.Slug)), Story.SourceLanguage);
        Chrome = new PageChrome
        {
            Language = Language,
            Title = translation.Title,
            Description = translation.Summary,
            CanonicalUrl = SiteUrls.Absolute(Request, SiteUrls.Story(translation.Language, translation.Slug)),
            Alternates = versions.Alternates,
            XDefaultUrl = versions.XDefaultUrl,
            Switcher = SwitcherFor(visible),
        };
    }

    private async Task<IActionResult> NotFoundPageAsync(Story? story, string slug, CancellationToken cancellationToken)
    {
        // The slug may belong to this story in another language (/ky/news/{its-ru-slug}).
        story ??= await db.Stories.AsNoTracking().Include(s => s.Translations)
            .FirstOrDefaultAsync(s => s.Translations.Any(t => t.Slug == slug && t.IsLive), cancellationToken);
        var visible = story?.Translations.Where(t => t.IsLive).OrderBy(t => t.Language, StringComparer.Ordinal).ToList() ?? [];
        ExistingVersions = [.. visible.Select(t => new LinkedTranslation(story!.Id, t.Language, t.Slug))];
        Chrome = visible.Count > 0
            ? new PageChrome { Language = Language, Title = text["NotFound.Title"], Switcher = SwitcherFor(visible) }
            : ChromeForAllLanguages(text["NotFound.Title"], null, SiteUrls.Home, indexable: false);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private List<SwitcherEntry> SwitcherFor(IReadOnlyList<Translation> visible) =>
    [
        .. Languages.All.Select(l =>
        {
            var match = visible.FirstOrDefault(t => t.Language == l.Code);
            var url = match is null ? null : SiteUrls.Switch(l.Code, SiteUrls.Story(l.Code, match.Slug));
            return new SwitcherEntry(l.Code, l.Name, url, l.Code == Language.Code);
        }),
    ];

    /// <summary>The page cache evicts this page when anything it shows changes: the stories it links (related,
    /// previous, next), a story joining its terms (related), and, on the newest story, a newer one (next).</summary>
    private void TagWhatThePageShows(Story story)
    {
        CacheTags.Stories(Related.Select(r => r.StoryId).Concat(new[] { Previous?.StoryId, Next?.StoryId }.OfType<int>()));
        foreach (var (vocabulary, key) in StoryTerms.Of(story))
        {
            CacheTags.Term(vocabulary, key);
        }

        if (Next is null)
        {
            CacheTags.List(Language.Code);
        }
    }
}
