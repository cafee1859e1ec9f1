namespace Cms.Search.Searching;

/// <summary>A story that matched, shown through the translation that matched best.</summary>
public sealed record SearchHit(
    string StoryKey,
    string Language,
    string Title,
    string Slug,
    string Kind,
    DateTime PublishedUtc,
    string SnippetHtml,
    double Score,
    IReadOnlyList<HitTranslation> OtherTranslations);
