namespace Cms.Web.Newsroom;

/// <summary>When and where an event happens, beyond its dates: times in the site's time zone (<c>Cms:TimeZone</c>),
/// the venue (a place term's key) with its address line per language, the online and registration links and the
/// registration deadline.</summary>
internal sealed record EventDetails(
    TimeOnly? StartTime = null,
    TimeOnly? EndTime = null,
    string? Venue = null,
    string? OnlineUrl = null,
    string? RegistrationUrl = null,
    DateOnly? RegistrationDeadline = null,
    IReadOnlyDictionary<string, string>? Address = null)
{
    public static EventDetails None { get; } = new();

    /// <summary>The address lines by language code, none missing a text; empty when there are none.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyDictionary<string, string> AddressLines => Address ?? EmptyAddress;

    public EventDetails Normalized() => this with
    {
        Venue = Clean(Venue),
        OnlineUrl = Clean(OnlineUrl),
        RegistrationUrl = Clean(RegistrationUrl),
        Address = AddressLines.Where(a => Clean(a.Value) is not null)
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ToDictionary(a => a.Key.Trim(), a => a.Value.Trim(), StringComparer.Ordinal),
    };

    // Records compare a dictionary by reference; two details are the same when their address lines are.
    public bool Equals(EventDetails? other) =>
        other is not null
        && StartTime == other.StartTime && EndTime == other.EndTime
        && string.Equals(Venue, other.Venue, StringComparison.Ordinal)
        && string.Equals(OnlineUrl, other.OnlineUrl, StringComparison.Ordinal)
        && string.Equals(RegistrationUrl, other.RegistrationUrl, StringComparison.Ordinal)
        && RegistrationDeadline == other.RegistrationDeadline
        && AddressLines.Count == other.AddressLines.Count
        && AddressLines.All(a => other.AddressLines.TryGetValue(a.Key, out var line) && string.Equals(line, a.Value, StringComparison.Ordinal));

    public override int GetHashCode() => HashCode.Combine(StartTime, EndTime, Venue, OnlineUrl, RegistrationUrl, RegistrationDeadline, AddressLines.Count);

    private static readonly IReadOnlyDictionary<string, string> EmptyAddress = new Dictionary<string, string>(StringComparer.Ordinal);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
