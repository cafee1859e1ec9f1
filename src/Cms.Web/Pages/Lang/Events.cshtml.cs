using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Cms.Web.Pictures;
using Cms.Web.Terms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cms.Web.Pages.Lang;

/// <summary>
/// <c>/{lang}/events</c>: stories with an event date, upcoming first (soonest first, until their last day has passed in
/// the site's time zone), then past ones (latest first); one paged list. A story without a translation in the page's
/// language is shown in the first language it has along the fallback order, marked.
/// </summary>
internal sealed class EventsModel : SitePageModel
{
    private readonly CmsDbContext db;
    private readonly TermFallback fallback;
    private readonly MediaPictures pictures;
    private readonly IStringLocalizer<SharedResource> text;
    private readonly int pageSize;

    public EventsModel(CmsDbContext db, TermFallback fallback, MediaPictures pictures, SiteLanguages languages, SiteClock clock, IStringLocalizer<SharedResource> text, IOptions<CmsOptions> options)
        : base(languages, clock)
    {
        this.db = db;
        this.fallback = fallback;
        this.pictures = pictures;
        this.text = text;
        pageSize = options.Value.PageSize;
    }

    public IReadOnlyList<StoryListItem> Upcoming { get; private set; } = [];

    public IReadOnlyList<StoryListItem> Past { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync(string lang, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        UseLanguage(lang);
        if (!PageNumbers.TryParse(pageNumber, out var number))
        {
            return NotFound();
        }

        var today = DateOnly.FromDateTime(Clock.ToLocal(Clock.UtcNow));
        CacheTags.Events(); // upcoming becomes past with the day: the page cache keys every page by the site's date
        var events = db.Stories.AsNoTracking().Public().Where(s => s.EventStart != null);
        var upcoming = events.Where(s => (s.EventEnd ?? s.EventStart) >= today);
        var past = events.Where(s => (s.EventEnd ?? s.EventStart) < today);
        var upcomingCount = await upcoming.CountAsync(cancellationToken);
        var total = upcomingCount + await past.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        if (number > PageCount)
        {
            return NotFound();
        }

        PageNumber = number;
        var skip = (number - 1) * pageSize;
        var upcomingSkip = Math.Min(skip, upcomingCount);
        var upcomingTake = Math.Clamp(upcomingCount - skip, 0, pageSize);
        Upcoming = await ItemsAsync(
            upcoming.OrderBy(s => s.EventStart).ThenBy(s => s.EventStartTime).ThenBy(s => s.Id).Skip(upcomingSkip).Take(upcomingTake), lang, cancellationToken);
        Past = await ItemsAsync(
            past.OrderByDescending(s => s.EventStart).ThenByDescending(s => s.EventStartTime).ThenByDescending(s => s.Id)
                .Skip(Math.Max(0, skip - upcomingCount)).Take(pageSize - upcomingTake), lang, cancellationToken);
        CacheTags.Stories(Upcoming.Concat(Past).Select(i => i.StoryId));

        Chrome = ChromeForAllLanguages(
            number == 1 ? text["Events.Title"] : text["Paging.PageOf", number, PageCount],
            text["Events.Description"],
            code => number <= 1 ? SiteUrls.Events(code) : SiteUrls.Events(code) + "?page=" + number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            indexable: true) with
        {
            Feeds = [Syndication.FeedLinks.Events(Request, text, lang)],
        };
        return Page();
    }

    private async Task<IReadOnlyList<StoryListItem>> ItemsAsync(IQueryable<Story> stories, string lang, CancellationToken cancellationToken) =>
        await StoryListQuery.WithPicturesAsync(await StoryListQuery.ShownInAsync(stories, lang, fallback, cancellationToken), lang, pictures, cancellationToken);
}
