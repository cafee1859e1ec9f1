using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Cms.Web.Calendar;

/// <summary>
/// iCalendar (RFC 5545) text for events: timed events in their venue's zone or else the site's (<c>TZID</c>, with a
/// <c>VTIMEZONE</c> for every zone used), whole-day ones as <c>DATE</c> values with the exclusive end on the day after
/// the last.
/// </summary>
internal static class EventCalendar
{
    public static string Write(IReadOnlyCollection<CalendarEntry> entries, string name, string timeZoneId, string uidDomain)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Dialogue News//CMS//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", timeZoneId);
        var earliest = entries.Count == 0 ? new DateOnly(2000, 1, 1) : entries.Min(e => e.Start);
        var zones = entries.Where(e => e.StartTime is not null).Select(e => e.TimeZoneId ?? timeZoneId)
            .Prepend(timeZoneId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var zone in zones)
        {
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone, earliest.ToDateTime(TimeOnly.MinValue), includeHistoricalData: false));
        }

        foreach (var entry in entries)
        {
            calendar.Events.Add(Event(entry, entry.TimeZoneId ?? timeZoneId, uidDomain));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Event(CalendarEntry entry, string timeZoneId, string uidDomain)
    {
        var modified = new CalDateTime(DateTime.SpecifyKind(entry.ModifiedUtc, DateTimeKind.Utc), CalDateTime.UtcTzId);
        var last = entry.End ?? entry.Start;
        var item = new CalendarEvent
        {
            Uid = $"{entry.StoryKey}@{uidDomain}",
            Summary = entry.Title,
            Description = entry.Description,
            Location = entry.Location,
            Url = new Uri(entry.Url),
            DtStamp = modified,
            LastModified = modified,
        };
        if (entry.StartTime is { } from)
        {
            item.DtStart = new CalDateTime(entry.Start, from, timeZoneId);
            if (entry.EndTime is { } to)
            {
                item.DtEnd = new CalDateTime(last, to, timeZoneId);
            }
        }
        else
        {
            item.DtStart = new CalDateTime(entry.Start);
            item.DtEnd = new CalDateTime(last.AddDays(1));
        }

        return item;
    }
}
