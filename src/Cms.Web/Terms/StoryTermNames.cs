namespace Cms.Web.Terms;

/// <summary>A story's terms as a page names them, by field, its venue's address line, and the venue's time zone when
/// the place names one (null: the site's).</summary>
internal sealed record StoryTermNames(
    IReadOnlyList<TermName> Places,
    IReadOnlyList<TermName> Organisers,
    IReadOnlyList<TermName> Project,
    IReadOnlyList<TermName> Tags,
    TermName? Venue = null,
    LocalText? VenueAddress = null,
    TimeZoneInfo? VenueZone = null)
{
    public static StoryTermNames None { get; } = new([], [], [], []);
}
