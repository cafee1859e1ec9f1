namespace Cms.Web.Data;

internal static class StoryQueries
{
    /// <summary>The stories readers can see: not in the trash, with at least one live translation. Language-independent
    /// lists (term pages, events, their feeds) start from this.</summary>
    public static IQueryable<Story> Public(this IQueryable<Story> stories) =>
        stories.Where(s => s.DeletedUtc == null && s.Translations.Any(t => t.IsLive));
}
