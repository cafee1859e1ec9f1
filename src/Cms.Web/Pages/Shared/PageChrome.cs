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

    /// <summary>Feeds of this page's list (a term, events, a search), announced after the language's own feed.</summary>
    public IReadOnlyList<FeedLink> Feeds { get; init; } = [];
}
