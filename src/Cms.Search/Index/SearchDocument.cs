namespace Cms.Search.Index;

/// <summary>A published translation as the index sees it. <see cref="Id"/> is the CMS's stable translation id.
/// <see cref="Places"/> and <see cref="Tags"/> are the values it is filtered and counted by (the CMS's term keys);
/// <see cref="Names"/> are the names of everything the story refers to, in any language, searched with it.</summary>
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
    IReadOnlyList<string> Names);
