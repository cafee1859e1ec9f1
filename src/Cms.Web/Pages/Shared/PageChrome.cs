using Cms.Web.Infrastructure;

namespace Cms.Web.Pages.Shared;

/// <summary>What the layout needs from every page: language, head links and the language switcher.</summary>
internal sealed record PageChrome
{
    public const string Key = "Chrome";

    public required SiteLanguage Language { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public string? CanonicalUrl { get; init; }

    public IReadOnlyList<AlternateLink> Alternates { get; init; } = [];

    public string? XDefaultUrl { get; init; }

    public IReadOnlyList<SwitcherEntry> Switcher { get; init; } = [];

    public string? SearchQuery { get; init; }

    /// <summary>Kept out of search engines' indexes (<c>robots noindex</c>): search results.</summary>
    public bool NoIndex { get; init; }

    /// <summary>Open Graph and Twitter card tags; empty: the layout writes a plain page's from the title and canonical URL.</summary>
    public IReadOnlyList<StructuredData.MetaTag> Social { get; init; } = [];

    /// <summary>JSON-LD for a <c>application/ld+json</c> block, already safe to place inside it.</summary>
    public string? JsonLd { get; init; }
    /// <summary>Feeds of this page's list (a term, events, a search), announced after the language's own feed.</summary>
    public IReadOnlyList<FeedLink> Feeds { get; init; } = [];
}
