namespace Cms.Web.Newsroom;

/// <summary>When and where an event happens, beyond its dates: times in the site's time zone (<c>Cms:TimeZone</c>),
/// the venue (a place term's key), the online and registration links and the registration deadline.</summary>
internal sealed record EventDetails(
    TimeOnly? StartTime = null,
    TimeOnly? EndTime = null,
    string? Venue = null,
    string? OnlineUrl = null,
    string? RegistrationUrl = null,
    DateOnly? RegistrationDeadline = null)
{
    public static EventDetails None { get; } = new();

    public EventDetails Normalized() => this with
    {
        Venue = Clean(Venue),
        OnlineUrl = Clean(OnlineUrl),
        RegistrationUrl = Clean(RegistrationUrl),
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
