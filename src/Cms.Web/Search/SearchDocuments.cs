using Cms.Search.Index;
using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Markdown;
using Cms.Web.Terms;

namespace Cms.Web.Search;

/// <summary>What the index stores of a translation: its fields, the body as the plain text readers see, places and
/// tags by term key (facets and filters are the same in every language), and every name of every term the story
/// refers to, in all languages (a Russian query finds a Kyrgyz story through its tag's Russian label).</summary>
internal sealed class SearchDocuments(MarkdownRenderer markdown)
{
    public SearchDocument From(Story story, Translation translation, TermCatalog terms) => new(
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
        [.. Names(story, terms)]);

    private static IEnumerable<string> Names(Story story, TermCatalog terms) =>
        StoryTerms.Of(story).SelectMany(reference => terms.Find(reference.Vocabulary, reference.Key)?.Names ?? [reference.Key])
            .Distinct(StringComparer.Ordinal);
}
