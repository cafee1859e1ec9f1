using Cms.Web.Data;

namespace Cms.Web.Terms;

/// <summary>The terms a story refers to, in the order of its fields: places (and the venue), organisers, project, tags.</summary>
internal static class StoryTerms
{
    public static IEnumerable<(Vocabulary Vocabulary, string Key)> Of(Story story) =>
        story.Places.Select(k => (Vocabulary.Place, k))
            .Concat(story.Venue is null || story.Places.Contains(story.Venue) ? [] : [(Vocabulary.Place, story.Venue)])
            .Concat(story.Organisers.Select(k => (Vocabulary.Organisation, k)))
            .Concat(story.Project is null ? [] : [(Vocabulary.Project, story.Project)])
            .Concat(story.Tags.Select(k => (Vocabulary.Tag, k)));
}
