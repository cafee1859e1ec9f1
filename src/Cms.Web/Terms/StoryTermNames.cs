namespace Cms.Web.Terms;

/// <summary>A story's terms as a page names them, by field, and its venue's address line.</summary>
internal sealed record StoryTermNames(
    IReadOnlyList<TermName> Places,
    IReadOnlyList<TermName> Organisers,
    IReadOnlyList<TermName> Project,
    IReadOnlyList<TermName> Tags,
    TermName? Venue = null,
    LocalText? VenueAddress = null)
{
    public static StoryTermNames None { get; } = new([], [], [], []);
}
