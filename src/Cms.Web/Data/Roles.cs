namespace Cms.Web.Data;

/// <summary>Newsroom roles: an author writes and submits, an editor also publishes, an admin also manages people.</summary>
internal static class Roles
{
    public const string Admin = "admin";
    public const string Editor = "editor";
    public const string Author = "author";

    public const string EditorOrAdmin = Editor + "," + Admin;
    public const string Anyone = Author + "," + Editor + "," + Admin;

    public static IReadOnlyList<string> All { get; } = [Admin, Editor, Author];

    public static bool IsValid(string? role) => role is Admin or Editor or Author;
}
