namespace Cms.Web.Api;

/// <summary>An event's details as the API takes them: times as <c>HH:mm</c> in <c>Cms:TimeZone</c>, the venue as a place
/// term's key or name, its address line by language code, links as web addresses.</summary>
internal sealed record EventBody(string? StartTime, string? EndTime, string? Venue, string? Online, string? Registration, DateOnly? RegistrationDeadline,
    Dictionary<string, string>? Address = null)
{
    public Newsroom.EventDetails ToDetails() => new(
        Content.Rules.EventRules.ParseTime(StartTime, "eventStartTime"),
        Content.Rules.EventRules.ParseTime(EndTime, "eventEndTime"),
        Venue,
        Online,
        Registration,
        RegistrationDeadline,
        Address);
}
