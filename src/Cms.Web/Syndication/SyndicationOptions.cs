using System.ComponentModel.DataAnnotations;

namespace Cms.Web.Syndication;

/// <summary>The <c>Syndication</c> configuration section: how long feeds and sitemap files get.</summary>
internal sealed class SyndicationOptions
{
    public const string Section = "Syndication";

    /// <summary>
    /// Entries per feed, newest first. Each entry carries its full HTML, so the feed grows with this; 30 covers more
    /// than a week of this newsroom's output for a reader who polls daily.
    /// </summary>
    [Range(1, 100)]
    public int FeedEntries { get; set; } = 30;

    /// <summary>URLs in one sitemap file; the sitemap protocol allows at most 50,000. A language with more is paged.</summary>
    [Range(2, 50_000)]
    public int SitemapUrlsPerFile { get; set; } = 50_000;
}
