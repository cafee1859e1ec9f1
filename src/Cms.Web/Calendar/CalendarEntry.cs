namespace Cms.Web.Calendar;

/// <summary>One event as a calendar shows it, its texts already in the calendar's language; its times in
/// <see cref="TimeZoneId"/> (its venue's IANA zone) or, when null, in the calendar's zone.</summary>
internal sealed record CalendarEntry(
    string StoryKey,
    string Title,
    string Description,
    string Url,
    string? Location,
    DateOnly Start,
    DateOnly? End,
    TimeOnly? StartTime,
    TimeOnly? EndTime,
    DateTime ModifiedUtc,
    string? TimeZoneId = null);
