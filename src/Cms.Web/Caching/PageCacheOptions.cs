using System.ComponentModel.DataAnnotations;

namespace Cms.Web.Caching;

/// <summary>The page cache (<c>PageCache</c> section): public pages and the read API kept in memory until a change
/// evicts them.</summary>
internal sealed class PageCacheOptions
{
    public const string Section = "PageCache";

    /// <summary>Longest a response stays cached without a change evicting it (a safety net: changes evict at once).</summary>
    [Range(1, 86_400)]
    public int Seconds { get; set; } = 600;

    /// <summary>Memory the cached bodies may take; beyond it the least used are dropped.</summary>
    [Range(1, 16_384)]
    public int SizeMegabytes { get; set; } = 100;

    /// <summary>How long a request that changed content waits for its evictions before answering anyway.</summary>
    [Range(0, 60_000)]
    public int EvictWaitMilliseconds { get; set; } = 3000;
}
