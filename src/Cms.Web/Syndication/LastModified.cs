namespace Cms.Web.Syndication;

/// <summary>When readers last saw a translation change: its last own save, never before it went public (an imported
/// story may carry an older save time than its publication).</summary>
internal static class LastModified
{
    public static DateTime Of(DateTime? publishedUtc, DateTime updatedUtc) =>
        publishedUtc is { } published && published > updatedUtc ? published : updatedUtc;
}
