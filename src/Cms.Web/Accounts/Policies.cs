namespace Cms.Web.Accounts;

internal static class Policies
{
    public const string Author = "author";
    public const string Editor = "editor";
    public const string Admin = "admin";
}
