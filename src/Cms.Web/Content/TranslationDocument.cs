using Cms.Web.Data;

namespace Cms.Web.Content;

/// <summary>One language file of a story folder.</summary>
internal sealed record TranslationDocument(
    string Language,
    string Title,
    string Slug,
    string Summary,
    TranslationStatus Status,
    DateTime? PublishedUtc,
    DateTime? UpdatedUtc,
    int? TranslatedFromRevision,
    string Body)
{
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>Line of the <c>slug</c> key, for duplicate-slug errors.</summary>
    public int SlugLine { get; init; }
}
