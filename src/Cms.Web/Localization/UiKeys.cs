namespace Cms.Web.Localization;

/// <summary>Resource keys for values that arrive as data (the kind names used by content files and the index).</summary>
internal static class UiKeys
{
    public static string Kind(string kind) => kind switch
    {
        "news" => "Kind.News",
        "announcement" => "Kind.Announcement",
        "event" => "Kind.Event",
        _ => "Kind." + kind,
    };
}
