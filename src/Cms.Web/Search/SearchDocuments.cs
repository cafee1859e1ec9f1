using Cms.Search.Index;
using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Markdown;

namespace Cms.Web.Search;

/// <summary>What the index stores of a translation: its fields, and the body as the plain text readers see.</summary>
internal sealed class SearchDocuments(MarkdownRenderer markdown)
{
    public SearchDocument From(Story story, Translation translation) => new(
        translation.Id,
        story.Key,
        translation.Language,
        StoryKinds.Name(story.Kind),
        translation.PublishedUtc ?? translation.UpdatedUtc,
        translation.Title,
        translation.Slug,
        translation.Summary,
        markdown.ToPlainTextOrSource(translation.Body).Trim(),
        story.Places,
        story.Tags,
        story.Organisers,
        story.Project);
}
