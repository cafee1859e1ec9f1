using Cms.Web.Data;

namespace Cms.Web.Terms;

/// <summary>The terms a story refers to, in the order of its fields: places (and the venue), organisers, project, tags;
/// and the stories that refer to a term.</summary>
internal static class StoryTerms
{
    public static IEnumerable<(Vocabulary Vocabulary, string Key)> Of(Story story) =>
        story.Places.Select(k => (Vocabulary.Place, k))
            .Concat(story.Venue is null || story.Places.Contains(story.Venue) ? [] : [(Vocabulary.Place, story.Venue)])
            .Concat(story.Organisers.Select(k => (Vocabulary.Organisation, k)))
            .Concat(story.Project is null ? [] : [(Vocabulary.Project, story.Project)])
            .Concat(story.Tags.Select(k => (Vocabulary.Tag, k)));

    /// <summary>The stories whose field for <paramref name="vocabulary"/> holds <paramref name="key"/> (a place also as the venue).</summary>
    public static IQueryable<Story> Referring(IQueryable<Story> stories, Vocabulary vocabulary, string key) => vocabulary switch
    {
        Vocabulary.Place => stories.Where(s => s.Places.Contains(key) || s.Venue == key),
        Vocabulary.Organisation => stories.Where(s => s.Organisers.Contains(key)),
        Vocabulary.Project => stories.Where(s => s.Project == key),
        _ => stories.Where(s => s.Tags.Contains(key)),
    };
}
