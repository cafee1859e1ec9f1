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

    public static string Paused(string client) => PausedPrefix + client;
}
