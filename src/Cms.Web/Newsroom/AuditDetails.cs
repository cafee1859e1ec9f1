using System.Globalization;

namespace Cms.Web.Newsroom;

/// <summary>
/// The fixed details an audit entry may carry, stored in English; the audit page shows them in the UI language
/// through <see cref="Localization.UiKeys.AuditDetail"/>. Other details are data (a key, a name, a time).
/// </summary>
internal static class AuditDetails
{
    public const string MovedToTrash = "moved to the trash";
    public const string SharedFields = "shared fields";
    public const string UnpublishTimeReached = "unpublish time reached";
    public const string ScheduledTimeReached = "scheduled time reached";
    public const string UnknownEmail = "unknown e-mail";
    public const string Disabled = "disabled";
    public const string WrongPassword = "wrong password";
    public const string PausedPrefix = "paused: too many failures from ";

    public const string UntilFormat = "yyyy-MM-dd HH:mm";

    public static string Paused(string client) => PausedPrefix + client;

    /// <summary>A token's name and end: <c>feed (until 2027-01-01 18:00Z)</c>.</summary>
    public static string TokenUntil(string name, DateTime utc) =>
        name + " (until " + utc.ToString(UntilFormat, CultureInfo.InvariantCulture) + "Z)";

    /// <summary>Reads <see cref="TokenUntil"/> back.</summary>
    public static bool TryParseTokenUntil(string details, out string name, out DateTime utc)
    {
        name = "";
        utc = default;
        const string Marker = " (until ";
        var at = details.LastIndexOf(Marker, StringComparison.Ordinal);
        if (at < 0 || !details.EndsWith("Z)", StringComparison.Ordinal)
            || !DateTime.TryParseExact(details[(at + Marker.Length)..^2], UntilFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out utc))
        {
            return false;
        }

        name = details[..at];
        return true;
    }
}
