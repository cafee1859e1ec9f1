namespace Cms.Search.Index;

/// <summary>A published translation as the index sees it. <see cref="Id"/> is the CMS's stable translation id.</summary>
public sealed record SearchDocument(
    long Id,
    string StoryKey,
    string Language,
    string Kind,
    DateTime PublishedUtc,
    string Title,
    string Slug,
    string Summary,
    string Body,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Organisers,
    string? Project);
