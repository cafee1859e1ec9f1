using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Cms.Web.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Web.Calendar;

/// <summary>The events a calendar lists, read from the live stories, with texts in the calendar's language.</summary>
internal sealed class CalendarEntries(CmsDbContext db, PageTerms terms, TermFallback fallback, SiteClock clock, IStringLocalizer<SharedResource> text)
{
    /// <summary>How far back a subscribed calendar keeps events that are over.</summary>
    public const int RecentDays = 31;

    /// <summary>At most this many events in a subscribed calendar, the soonest first.</summary>
    public const int MaxEvents = 500;

    /// <summary>One event by its slug in <paramref name="language"/>, or by its story key (then in the language along the
    /// fallback when it lacks this one); null when there is no such live event.</summary>
    public async Task<CalendarEntry?> OneAsync(HttpRequest request, string language, string slugOrKey, CancellationToken cancellationToken)
    {
        var story = await Events().Include(s => s.Translations)
            .FirstOrDefaultAsync(s => s.Translations.Any(t => t.Language == language && t.Slug == slugOrKey && t.IsLive), cancellationToken)
            ?? await Events().Include(s => s.Translations).FirstOrDefaultAsync(s => s.Key == slugOrKey, cancellationToken);
        var translation = story is null ? null
            : fallback.For(story.SourceLanguage).Prepend(language)
                .Select(code => story.Translations.FirstOrDefault(t => t.Language == code && t.IsLive))
                .FirstOrDefault(t => t is not null);
        return story is null || translation is null ? null : await EntryAsync(request, language, story, translation, cancellationToken);
    }

    /// <summary>The events with a live translation in <paramref name="language"/> that have not ended more than
    /// <see cref="RecentDays"/> days ago, soonest first.</summary>
    public async Task<IReadOnlyList<CalendarEntry>> UpcomingAsync(HttpRequest request, string language, CancellationToken cancellationToken)
    {
        var since = DateOnly.FromDateTime(clock.ToLocal(clock.UtcNow)).AddDays(-RecentDays);
        var stories = await Events()
            .Where(s => (s.EventEnd ?? s.EventStart) >= since && s.Translations.Any(t => t.Language == language && t.IsLive))
            .OrderBy(s => s.EventStart).ThenBy(s => s.EventStartTime).ThenBy(s => s.Id)
            .Take(MaxEvents)
            .Include(s => s.Translations.Where(t => t.Language == language && t.IsLive))
            .ToListAsync(cancellationToken);
        var entries = new List<CalendarEntry>(stories.Count);
        foreach (var story in stories)
        {
            entries.Add(await EntryAsync(request, language, story, story.Translations.Single(), cancellationToken));
        }

        return entries;
    }

    private IQueryable<Story> Events() =>
        db.Stories.AsNoTracking().Where(s => s.DeletedUtc == null && s.EventStart != null);

    private async Task<CalendarEntry> EntryAsync(HttpRequest request, string language, Story story, Translation translation, CancellationToken cancellationToken)
    {
        var names = await terms.ForStoryAsync(story, language, cancellationToken);
        var url = SiteUrls.Absolute(request, SiteUrls.Story(translation.Language, translation.Slug));
        var description = new List<string>();
        if (translation.Summary.Length > 0)
        {
            description.Add(translation.Summary);
        }

        if (story.OnlineUrl is { } online)
        {
            description.Add(text["Calendar.Online", online]);
        }

        description.Add(text["Calendar.More", url]);
        var venue = names.Venue ?? names.Places.Cast<TermName?>().FirstOrDefault();
        var place = string.Join(", ", new[] { venue?.Text, names.VenueAddress?.Text }.OfType<string>());
        return new CalendarEntry(
            story.Key,
            translation.Title,
            string.Join("\n\n", description),
            url,
            place.Length > 0 ? place : story.OnlineUrl,
            story.EventStart!.Value,
            story.EventEnd,
            story.EventStartTime,
            story.EventEndTime,
            translation.UpdatedUtc > translation.PublishedUtc ? translation.UpdatedUtc : translation.PublishedUtc!.Value,
            names.VenueZone is { } zone ? VenueZones.IanaId(zone) : null);
    }
}
