using Cms.Web.Pages.Shared;

namespace Cms.Web.Syndication;

/// <summary>A page in a language sitemap: its address, when it last changed (null: not said), and its language versions.</summary>
internal sealed record SitemapUrl(string Location, DateTime? LastModifiedUtc, HreflangSet Versions);
