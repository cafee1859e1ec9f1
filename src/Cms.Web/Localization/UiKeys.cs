using System.Globalization;
using Cms.Web.Data;
using Cms.Web.Newsroom;
using Cms.Web.Newsroom.Media;

namespace Cms.Web.Localization;

/// <summary>
/// Resource keys for values that arrive as data: kinds, roles, translation statuses, audit actions and details,
/// revision notes, media refusals. The one mapping from each code to the words a person reads.
/// </summary>
internal static class UiKeys
{
    public static string Kind(string kind) => kind switch
    {
        "news" => "Kind.News",
        "announcement" => "Kind.Announcement",
        "event" => "Kind.Event",
        "round-table" => "Kind.RoundTable",
        "seminar" => "Kind.Seminar",
        "training" => "Kind.Training",
        "dialogue-platform" => "Kind.DialoguePlatform",
        _ => "Kind." + kind,
    };

    public static string Role(string role) => role switch
    {
        Roles.Admin => "Role.Admin",
        Roles.Editor => "Role.Editor",
        Roles.Author => "Role.Author",
        _ => "Role.Unknown",
    };

    public static string Status(TranslationStatus status) => status switch
    {
        TranslationStatus.Draft => "Status.Draft",
        TranslationStatus.InReview => "Status.InReview",
        TranslationStatus.Published => "Status.Published",
        _ => "Status.Unpublished",
    };

    /// <summary>Every audit action the code writes, with its key; an unknown (older) action shows its code.</summary>
    public static IReadOnlyDictionary<string, string> AuditActionKeys { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AuditActions.SignIn] = "Audit.SignIn",
        [AuditActions.SignInFailed] = "Audit.SignInFailed",
        [AuditActions.SignOut] = "Audit.SignOut",
        [AuditActions.Publish] = "Audit.Publish",
        [AuditActions.Schedule] = "Audit.Schedule",
        [AuditActions.Unpublish] = "Audit.Unpublish",
        [AuditActions.Delete] = "Audit.Delete",
        [AuditActions.RestoreFromTrash] = "Audit.RestoreFromTrash",
        [AuditActions.Purge] = "Audit.Purge",
        [AuditActions.RoleChange] = "Audit.RoleChange",
        [AuditActions.UserAdd] = "Audit.UserAdd",
        [AuditActions.UserDisable] = "Audit.UserDisable",
        [AuditActions.TokenIssue] = "Audit.TokenIssue",
        [AuditActions.TokenRevoke] = "Audit.TokenRevoke",
        [AuditActions.Reindex] = "Audit.Reindex",
        [AuditActions.Duplicate] = "Audit.Duplicate",
        [AuditActions.TermCreate] = "Audit.TermCreate",
        [AuditActions.TermSave] = "Audit.TermSave",
    };

    public static UiMessage AuditAction(string action) =>
        AuditActionKeys.TryGetValue(action, out var key) ? new UiMessage(key) : new UiMessage("Text.Raw", action);

    /// <summary>An audit entry's details: fixed phrases and roles in the UI language, times in the site's zone, data as it is.</summary>
    public static UiMessage AuditDetail(string action, string details, Func<DateTime, string> showTime)
    {
        ArgumentNullException.ThrowIfNull(showTime);
        var fixedKey = details switch
        {
            AuditDetails.MovedToTrash => "AuditDetail.MovedToTrash",
            AuditDetails.SharedFields => "AuditDetail.SharedFields",
            AuditDetails.UnpublishTimeReached => "AuditDetail.UnpublishTimeReached",
            AuditDetails.ScheduledTimeReached => "AuditDetail.ScheduledTimeReached",
            AuditDetails.UnknownEmail => "AuditDetail.UnknownEmail",
            AuditDetails.Disabled => "AuditDetail.Disabled",
            AuditDetails.WrongPassword => "AuditDetail.WrongPassword",
            _ => null,
        };
        if (fixedKey is not null)
        {
            return new UiMessage(fixedKey);
        }

        if (details.StartsWith(AuditDetails.PausedPrefix, StringComparison.Ordinal))
        {
            return new UiMessage("AuditDetail.Paused", details[AuditDetails.PausedPrefix.Length..]);
        }

        if (action is AuditActions.Publish or AuditActions.Schedule
            && DateTime.TryParseExact(details, "u", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var at))
        {
            return new UiMessage("Text.Raw", showTime(DateTime.SpecifyKind(at, DateTimeKind.Utc)));
        }

        if (action == AuditActions.TokenIssue && AuditDetails.TryParseTokenUntil(details, out var name, out var until))
        {
            return new UiMessage("AuditDetail.TokenUntil", name, showTime(until));
        }

        if (action == AuditActions.UserAdd && Roles.IsValid(details))
        {
            return new UiMessage(Role(details));
        }

        if (action == AuditActions.RoleChange && details.Split(" → ") is [var before, var after])
        {
            var from = before.Split(',', StringSplitOptions.RemoveEmptyEntries) is [var one] && Roles.IsValid(one)
                ? new UiMessage(Role(one))
                : new UiMessage("Text.Raw", before.Length == 0 ? "—" : before);
            return new UiMessage("AuditDetail.RoleChange", from, Roles.IsValid(after) ? new UiMessage(Role(after)) : new UiMessage("Text.Raw", after));
        }

        return new UiMessage("Text.Raw", details);
    }

    /// <summary>A revision's note (<see cref="RevisionNotes"/>) in words.</summary>
    public static UiMessage RevisionNote(string note)
    {
        if (note.EndsWith(RevisionNotes.PendingSuffix, StringComparison.Ordinal))
        {
            return new UiMessage("Note.Pending", RevisionNote(note[..^RevisionNotes.PendingSuffix.Length]));
        }

        if (note.StartsWith(RevisionNotes.RestorePrefix, StringComparison.Ordinal))
        {
            return new UiMessage("Note.Restore", note[RevisionNotes.RestorePrefix.Length..]);
        }

        if (note.StartsWith(RevisionNotes.CopyPrefix, StringComparison.Ordinal))
        {
            return new UiMessage("Note.Copy", note[RevisionNotes.CopyPrefix.Length..]);
        }

        return note switch
        {
            RevisionNotes.Create => new UiMessage("Note.Create"),
            RevisionNotes.Save => new UiMessage("Note.Save"),
            RevisionNotes.Submit => new UiMessage("Note.Submit"),
            RevisionNotes.Publish => new UiMessage("Note.Publish"),
            RevisionNotes.Schedule => new UiMessage("Note.Schedule"),
            RevisionNotes.Unpublish => new UiMessage("Note.Unpublish"),
            RevisionNotes.Expired => new UiMessage("Note.Expired"),
            RevisionNotes.SharedFields => new UiMessage("Note.SharedFields"),
            RevisionNotes.PublishSharedFields => new UiMessage("Note.PublishSharedFields"),
            _ => new UiMessage("Text.Raw", note),
        };
    }

    /// <summary>Who did it: a person's e-mail as it is, the scheduler by name.</summary>
    public static UiMessage Actor(string actor) =>
        actor == PublishingScheduler.Actor ? new UiMessage("Actor.Scheduler") : new UiMessage("Text.Raw", actor);

    /// <summary>Why an upload was refused, by the refusal's code.</summary>
    public static UiMessage MediaError(MediaValidationException refusal, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Code switch
        {
            MediaValidationException.Empty => new UiMessage("Media.Error.Empty"),
            MediaValidationException.TooLarge => new UiMessage("Media.Error.TooLarge", Math.Round(maxBytes / 1048576.0, 1)),
            MediaValidationException.UnknownType => new UiMessage("Media.Error.UnknownType"),
            MediaValidationException.BrokenImage => new UiMessage("Media.Error.BrokenImage"),
            MediaValidationException.BrokenPdf => new UiMessage("Media.Error.BrokenPdf"),
            MediaValidationException.TooManyPixels => new UiMessage("Media.Error.TooManyPixels", MediaInspector.MaxPixels / 1_000_000),
            MediaValidationException.AltText => new UiMessage("Media.Error.AltText", Content.Rules.ContentLimits.AltTextLength),
            MediaValidationException.Caption => new UiMessage("Media.Error.Caption", Content.Rules.ContentLimits.CaptionLength),
            MediaValidationException.Credit => new UiMessage("Media.Error.Credit", Content.Rules.ContentLimits.CreditLength),
            _ => new UiMessage("Text.Raw", refusal.Message),
        };
    }
}
