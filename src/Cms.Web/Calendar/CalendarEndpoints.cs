using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Microsoft.Extensions.Localization;

namespace Cms.Web.Calendar;

/// <summary><c>/{lang}/events/calendar.ics</c> (a language's calendar to subscribe to) and
/// <c>/{lang}/events/{slug-or-story-key}.ics</c> (one event to add).</summary>
internal static class CalendarEndpoints
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static IEndpointRouteBuilder MapEventCalendars(this IEndpointRouteBuilder app)
    {
        // A literal segment outranks a parameter, so an event whose slug is "calendar" is still found by its key.
        app.MapGet("/{lang:sitelang}/events/calendar.ics", async (string lang, HttpRequest request, CalendarEntries entries, SiteClock clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        {
            var events = await entries.UpcomingAsync(request, lang, cancellationToken);
            return Calendar(EventCalendar.Write(events, text["Calendar.Name", text["SiteName"]], ZoneId(clock), Domain(request)), null);
        });
        app.MapGet("/{lang:sitelang}/events/{name}.ics", async (string lang, string name, HttpRequest request, CalendarEntries entries, SiteClock clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        {
            var entry = await entries.OneAsync(request, lang, name, cancellationToken);
            return entry is null
                ? Results.NotFound()
                : Calendar(EventCalendar.Write([entry], entry.Title, ZoneId(clock), Domain(request)), name + ".ics");
        });
        return app;
    }

    private static IResult Calendar(string body, string? fileName) =>
        new CalendarResult(body, fileName);

    /// <summary>The IANA id iCalendar clients know (a Windows id configured on Linux converts).</summary>
    private static string ZoneId(SiteClock clock) => Terms.VenueZones.IanaId(clock.Zone);

    /// <summary>The host part of UIDs: the site's public host, so an event keeps its UID across calendars and languages.</summary>
    private static string Domain(HttpRequest request) => new Uri(SiteUrls.Absolute(request, "/")).Host;
}
