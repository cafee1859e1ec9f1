using System.Globalization;

namespace Cms.Web.StructuredData;

/// <summary>ISO 8601 texts for structured data: instants with the site's offset, dates, and local event times.</summary>
internal static class IsoTimes
{
    private const string WithOffsetPattern = "yyyy-MM-dd'T'HH:mm:sszzz";

    /// <summary>A UTC instant as the site's local time with its offset: <c>2023-08-22T12:00:00+06:00</c>.</summary>
    public static string Instant(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), zone)
            .ToString(WithOffsetPattern, CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A day and a wall-clock time in the site's zone, with the offset the zone has then.</summary>
    public static string Local(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToString(WithOffsetPattern, CultureInfo.InvariantCulture);
    }
}
