using System.Globalization;

namespace Cms.Web.Newsroom;

/// <summary>
/// What a revision records as its note. Stored as these English codes (old rows hold them too); the manager shows
/// them in the UI language through <see cref="Localization.UiKeys.RevisionNote"/>.
/// </summary>
internal static class RevisionNotes
{
    public const string Create = "create";
    public const string Save = "save";
    public const string Submit = "submit";
    public const string Publish = AuditActions.Publish;
    public const string Schedule = AuditActions.Schedule;
    public const string Unpublish = AuditActions.Unpublish;
    public const string Expired = "expired";
    public const string SharedFields = "shared fields";
    public const string PublishSharedFields = "publish of the shared fields";
    public const string PendingSuffix = " (unpublished changes)";
    public const string RestorePrefix = "restore of #";
    public const string CopyPrefix = "copy of ";

    /// <summary>The note of a save kept as unpublished changes.</summary>
    public static string Pending(string note) => note + PendingSuffix;

    public static string RestoreOf(int revisionId) => RestorePrefix + revisionId.ToString(CultureInfo.InvariantCulture);

    public static string CopyOf(string storyKey) => CopyPrefix + storyKey;
}
