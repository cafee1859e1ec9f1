using System.ComponentModel.DataAnnotations;

namespace Cms.Web.Infrastructure;

/// <summary>The <c>SearchLimits</c> configuration section: how much searching one client (IP address) may do, so
/// that a few clients sending expensive queries cannot slow the rest of the site.</summary>
internal sealed class SearchLimitOptions
{
    public const string Section = "SearchLimits";

    /// <summary>Searches from one client that run at the same time.</summary>
    [Range(1, 1000)]
    public int ConcurrentPerClient { get; set; } = 2;

    /// <summary>Searches from one client that wait for a running one to finish; beyond them the answer is 429.</summary>
    [Range(0, 1000)]
    public int QueuePerClient { get; set; } = 4;

    /// <summary>Searches one client may start per minute (a bucket this size, refilled every second).</summary>
    [Range(1, 100_000)]
    public int PerMinutePerClient { get; set; } = 120;
}
