using Cms.Web.Data;

namespace Cms.Web.Content;

/// <summary>A story folder of the content tree: <c>story.yml</c> and one Markdown file per language.</summary>
internal sealed record StoryDocument(
    string Key,
    StoryKind Kind,
    string SourceLanguage,
    DateOnly? EventStart,
    DateOnly? EventEnd,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Organisers,
    string? Project,
    IReadOnlyList<string> Tags,
    IReadOnlyList<TranslationDocument> Translations,
    string? Image = null,
    Newsroom.EventDetails? Event = null)
{
    /// <summary>Where the story's fields came from, for error messages.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
