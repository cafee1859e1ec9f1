namespace Cms.Web.Calendar;

/// <summary>One event as a calendar shows it, its texts already in the calendar's language.</summary>
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
    DateTime ModifiedUtc);
