namespace Cms.Web.Newsroom;

internal static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string Publish = "publish";
    public const string Schedule = "schedule";
    public const string Unpublish = "unpublish";
    public const string Delete = "delete";
    public const string RestoreFromTrash = "restore-from-trash";
    public const string Purge = "purge";
    public const string RoleChange = "role-change";
    public const string UserAdd = "user-add";
    public const string UserDisable = "user-disable";
    public const string TokenIssue = "token-issue";
    public const string TokenRevoke = "token-revoke";
    public const string Reindex = "reindex";
    public const string TermCreate = "term-create";
    public const string TermSave = "term-save";
    public const string Duplicate = "duplicate";
}
