namespace Cms.Web.Accounts;

/// <summary>Author, Editor, Admin: the manager (cookie only). ApiAuthor, ApiEditor: the write API (cookie or API token).</summary>
internal static class Policies
{
    public const string Author = "author";
    public const string Editor = "editor";
    public const string Admin = "admin";
    public const string ApiAuthor = "api-author";
    public const string ApiEditor = "api-editor";
}
