using System.Globalization;
using System.Reflection;
using System.Xml.Linq;
using Cms.Web.Data;
using Cms.Web.Localization;
using Cms.Web.Newsroom;

namespace Cms.Web.Tests.Localization;

/// <summary>Every code the newsroom stores (audit actions, roles, statuses, revision notes) has words in the resource files.</summary>
public sealed class UiKeysTests
{
    private static readonly HashSet<string> Keys = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "Cms.Web", "Resources", "SharedResource.resx"))
        .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_audit_action_has_a_key()
    {
        var actions = Constants(typeof(AuditActions)).ToList();

        Assert.Contains(AuditActions.Duplicate, actions);
        Assert.All(actions, a => Assert.Contains(UiKeys.AuditAction(a).Key, Keys));
        Assert.All(actions, a => Assert.NotEqual("Text.Raw", UiKeys.AuditAction(a).Key));
        Assert.Equal("Text.Raw", UiKeys.AuditAction("something-old").Key);
    }

    [Fact]
    public void Every_role_and_status_has_a_key()
    {
        Assert.All(Roles.All, r => Assert.Contains(UiKeys.Role(r), Keys));
        Assert.Equal(Roles.All.Count, Roles.All.Select(UiKeys.Role).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Enum.GetValues<TranslationStatus>(), s => Assert.Contains(UiKeys.Status(s), Keys));
        Assert.Equal(Enum.GetValues<TranslationStatus>().Length, Enum.GetValues<TranslationStatus>().Select(UiKeys.Status).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(RevisionNotes.Create, "Note.Create")]
    [InlineData(RevisionNotes.Save, "Note.Save")]
    [InlineData(RevisionNotes.Submit, "Note.Submit")]
    [InlineData(RevisionNotes.Publish, "Note.Publish")]
    [InlineData(RevisionNotes.Schedule, "Note.Schedule")]
    [InlineData(RevisionNotes.Unpublish, "Note.Unpublish")]
    [InlineData(RevisionNotes.Expired, "Note.Expired")]
    [InlineData(RevisionNotes.SharedFields, "Note.SharedFields")]
    [InlineData(RevisionNotes.PublishSharedFields, "Note.PublishSharedFields")]
    [InlineData("save (unpublished changes)", "Note.Pending")]
    [InlineData("restore of #12", "Note.Restore")]
    [InlineData("copy of 2026-11-22-osh", "Note.Copy")]
    public void Every_revision_note_has_words(string note, string key)
    {
        var message = UiKeys.RevisionNote(note);

        Assert.Equal(key, message.Key);
        Assert.Contains(message.Key, Keys);
    }

    [Fact]
    public void A_pending_note_names_what_was_saved()
    {
        var message = UiKeys.RevisionNote(RevisionNotes.Pending(RevisionNotes.Submit));

        Assert.Equal("sent for review (unpublished changes)", message.English);
    }

    [Fact]
    public void Audit_details_are_words_roles_and_times_not_english_phrases()
    {
        static string Shown(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

        var until = UiKeys.AuditDetail(AuditActions.TokenIssue, AuditDetails.TokenUntil("feed", new DateTime(2099, 1, 31, 18, 0, 0, DateTimeKind.Utc)), Shown);
        Assert.Equal("AuditDetail.TokenUntil", until.Key);
        Assert.Equal(["feed", "2099-01-31 18:00"], until.Args);
        Assert.Equal("feed (until 2099-01-31 18:00)", until.English);

        var role = UiKeys.AuditDetail(AuditActions.RoleChange, "author → editor", Shown);
        Assert.Equal("AuditDetail.RoleChange", role.Key);
        Assert.Equal(["Role.Author", "Role.Editor"], role.Args.Cast<Cms.Web.Localization.UiMessage>().Select(m => m.Key));

        Assert.Equal("AuditDetail.MovedToTrash", UiKeys.AuditDetail(AuditActions.Delete, AuditDetails.MovedToTrash, Shown).Key);
        Assert.Equal("AuditDetail.Paused", UiKeys.AuditDetail(AuditActions.SignInFailed, AuditDetails.Paused("10.0.0.1"), Shown).Key);
        var at = UiKeys.AuditDetail(AuditActions.Schedule, "2030-01-01 06:00:00Z", Shown);
        Assert.Equal(["2030-01-01 06:00"], at.Args);
        Assert.Equal("Text.Raw", UiKeys.AuditDetail(AuditActions.Purge, "2026-11-22-osh", Shown).Key);
    }
}
