namespace Cms.Web.Api;

/// <summary>An event's details in the read API: times as <c>HH:mm</c> in the site's time zone, the venue as a term, its
/// address line in the asked language (with fallback) and by language code.</summary>
internal sealed record EventDto(string? StartTime, string? EndTime, TermDto? Venue, string? OnlineUrl, string? RegistrationUrl, DateOnly? RegistrationDeadline,
    string? Address, IReadOnlyDictionary<string, string> Addresses);
