using System.Globalization;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Cms.Web.Pictures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cms.Web.Pages.Lang;

/// <summary><c>/{lang}/</c>: the latest published stories in one language, paged.</summary>
internal sealed class HomeModel : SitePageModel
{
    private readonly CmsDbContext db;
    private readonly IStringLocalizer<SharedResource> text;
    private readonly MediaPictures pictures;
    private readonly int pageSize;

    public HomeModel(CmsDbContext db, SiteLanguages languages, SiteClock clock, IStringLocalizer<SharedResource> text, IOptions<CmsOptions> options, MediaPictures pictures)
        : base(languages, clock)
    {
        this.db = db;
        this.text = text;
        this.pictures = pictures;
        pageSize = options.Value.PageSize;
    }

    public IReadOnlyList<HomeListItem> Items { get; private set; } = [];

    public IReadOnlyDictionary<int, List<LinkedTranslation>> OtherLanguages { get; private set; } = new Dictionary<int, List<LinkedTranslation>>();

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync(string lang, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        UseLanguage(lang);
        if (!PageNumbers.TryParse(pageNumber, out var number))
        {
            return NotFound();
        }

        var published = db.Translations.AsNoTracking()
            .LiveIn(lang);
        var total = await published.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        if (number > PageCount)
        {
            return NotFound();
        }

        PageNumber = number;
        Items = await published
            .OrderByDescending(t => t.PublishedUtc).ThenByDescending(t => t.Id)
            .Skip((number - 1) * pageSize).Take(pageSize)
            .Select(t => new HomeListItem(t.StoryId, t.Title, t.Slug, t.Summary, t.PublishedUtc!.Value, t.Story.Kind.ToString(), t.Story.EventStart, t.Story.EventEnd, t.Story.Image))
            .ToListAsync(cancellationToken);
        var found = await pictures.InAsync(Items.Select(i => i.Image), lang, cancellationToken);
        Items = [.. Items.Select(i => i.Image is { } image && found.TryGetValue(image, out var picture) ? i with { Picture = picture } : i)];

        var storyIds = Items.Select(i => i.StoryId).ToList();
        CacheTags.List(lang).Stories(storyIds);
        var others = await db.Translations.AsNoTracking()
            .Where(t => storyIds.Contains(t.StoryId) && t.Language != lang && t.IsLive)
            .Select(t => new LinkedTranslation(t.StoryId, t.Language, t.Slug))
            .ToListAsync(cancellationToken);
        OtherLanguages = others.GroupBy(o => o.StoryId).ToDictionary(g => g.Key, g => g.OrderBy(o => o.Language, StringComparer.Ordinal).ToList());

        Chrome = ChromeForAllLanguages(
            number == 1 ? text["Home.Title"] : text["Paging.PageOf", number, PageCount],
            text["SiteTagline"],
            code => SiteUrls.HomePage(code, number),
            indexable: true);
        return Page();
    }

}
