namespace Cms.Web.Calendar;

/// <summary>The calendar addresses: one event, and a language's subscribable calendar.</summary>
internal static class CalendarUrls
{
    /// <summary><c>/ru/events/{slug-or-story-key}.ics</c>.</summary>
    public static string Event(string language, string slugOrKey) => $"/{language}/events/{slugOrKey}.ics";

    public static string Feed(string language) => $"/{language}/events/calendar.ics";
}
