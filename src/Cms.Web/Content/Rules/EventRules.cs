using Cms.Web.Localization;
using Cms.Web.Newsroom;

namespace Cms.Web.Content.Rules;

/// <summary>The rules of an event's details: times need a date, an end is not before the start, links are web
/// addresses, an address line is one line of text, a registration deadline is not after the event starts.</summary>
internal static class EventRules
{
    public static IEnumerable<RuleViolation> Check(StoryFields fields)
    {
        var details = fields.Details;
        if (details.StartTime is not null && fields.EventStart is null)
        {
            yield return new("eventStartTime", new UiMessage("Error.EventTimeWithoutDate"));
        }

        if (details.EndTime is { } endTime && details.StartTime is { } startTime
            && (fields.EventEnd ?? fields.EventStart) == fields.EventStart && endTime < startTime)
        {
            yield return new("eventEndTime", new UiMessage("Error.EventEndsBeforeStart"));
        }

        foreach (var (field, url) in new[] { ("online", details.OnlineUrl), ("registration", details.RegistrationUrl) })
        {
            if (url is not null && !IsWebAddress(url))
            {
                yield return new(field, new UiMessage("Error.WebAddress", new UiMessage(StoryRules.FieldName(field)), ContentLimits.UrlLength));
            }
        }

        foreach (var (language, line) in details.AddressLines)
        {
            if (line.Length > ContentLimits.AddressLength)
            {
                yield return new("venueAddress", new UiMessage("Error.AddressLength", language, ContentLimits.AddressLength));
            }
            else if (TextHygiene.ProblemOf(StoryRules.FieldName("venueAddress"), line, multiline: false) is { } problem)
            {
                yield return new("venueAddress", problem);
            }
        }

        if (details.RegistrationDeadline is { } deadline && fields.EventStart is { } start && deadline > start)
        {
            yield return new("registrationDeadline", new UiMessage("Error.DeadlineAfterStart"));
        }

        if (details.RegistrationDeadline is { Year: < ContentLimits.FirstYear or > ContentLimits.LastYear })
        {
            yield return new("registrationDeadline", new UiMessage("Error.DeadlineYear", ContentLimits.FirstYear, ContentLimits.LastYear));
        }
    }

    /// <summary>The one parser of a typed event time: <c>HH:mm</c>, 24 hours; empty is none.</summary>
    /// <exception cref="NewsroomValidationException">Not such a time.</exception>
    public static TimeOnly? ParseTime(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? null
        : TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time) ? time
        : throw NewsroomValidationException.For(field, "Error.EventTime", new UiMessage(StoryRules.FieldName(field)));

    public static bool IsWebAddress(string url) =>
        url.Length <= ContentLimits.UrlLength
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && TextHygiene.IsClean(url);
}
