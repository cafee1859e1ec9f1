namespace Cms.Web.Terms;

/// <summary>
/// The time zone an event's times are in: its venue's when that place names one (an event in Tbilisi on a site in
/// Bishkek), else the site's <c>Cms:TimeZone</c>. Zones are IANA ids, the names calendars and browsers know.
/// </summary>
internal static class VenueZones
{
    /// <summary>Zones offered first in the term editor: the region's, then UTC. Any other IANA id is taken too.</summary>
    public static IReadOnlyList<string> Suggested { get; } =
        ["Asia/Bishkek", "Asia/Tbilisi", "Asia/Almaty", "Asia/Tashkent", "Asia/Dushanbe", "Asia/Yerevan", "Asia/Baku", "Europe/Moscow", "Europe/Istanbul", "Etc/UTC"];

    public static bool IsKnown(string id) => Find(id) is not null;

    /// <summary>The zone of an IANA id; null for anything else (a Windows id, a typo).</summary>
    public static TimeZoneInfo? Find(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId
            && string.Equals(zone.Id, id, StringComparison.Ordinal) ? zone : null;

    /// <summary>The IANA id of a zone (a Windows id configured as the site's zone converts).</summary>
    public static string IanaId(TimeZoneInfo zone) =>
        zone.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? zone.Id : iana;

    /// <summary>The zone's offset at a local time, as readers everywhere read it: <c>UTC+4</c>, <c>UTC+5:30</c>.</summary>
    public static string OffsetLabel(TimeZoneInfo zone, DateOnly day, TimeOnly time)
    {
        var offset = zone.GetUtcOffset(day.ToDateTime(time, DateTimeKind.Unspecified));
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        var abs = offset.Duration();
        var hours = ((int)abs.TotalHours).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return abs.Minutes == 0 ? $"UTC{sign}{hours}" : $"UTC{sign}{hours}:{abs.Minutes.ToString("00", System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
