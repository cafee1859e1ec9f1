using Cms.Web.Data;

namespace Cms.Web.Newsroom;

/// <summary>The shared fields of a story as an editor submits them.</summary>
internal sealed record StoryFields(
    StoryKind Kind,
    DateOnly? EventStart,
    DateOnly? EventEnd,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Organisers,
    string? Project,
    IReadOnlyList<string> Tags,
    string? Image = null,
    EventDetails? Event = null)
{
    public static StoryFields Of(Story story) =>
        new(story.Kind, story.EventStart, story.EventEnd, story.Places, story.Organisers, story.Project, story.Tags, story.Image,
            new EventDetails(story.EventStartTime, story.EventEndTime, story.Venue, story.OnlineUrl, story.RegistrationUrl, story.RegistrationDeadline,
                new Dictionary<string, string>(story.VenueAddress, StringComparer.Ordinal)));

    /// <summary>The event details, none when the form or the API gave none.</summary>
    public EventDetails Details => Event ?? EventDetails.None;

    /// <summary>The fields as they are stored: trimmed, empty texts as null, blank and repeated list items gone.</summary>
    public StoryFields Normalized() =>
        new(Kind, EventStart, EventEnd, Clean(Places), Clean(Organisers),
            string.IsNullOrWhiteSpace(Project) ? null : Project.Trim(), Clean(Tags),
            string.IsNullOrWhiteSpace(Image) ? null : Image.Trim(), Details.Normalized());

    /// <summary>Value equality, lists compared item by item (records compare lists by reference).</summary>
    public bool SameAs(StoryFields other) =>
        Kind == other.Kind && EventStart == other.EventStart && EventEnd == other.EventEnd
        && Places.SequenceEqual(other.Places, StringComparer.Ordinal) && Organisers.SequenceEqual(other.Organisers, StringComparer.Ordinal)
        && string.Equals(Project, other.Project, StringComparison.Ordinal) && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal)
        && string.Equals(Image, other.Image, StringComparison.Ordinal) && Details == other.Details;

    public void ApplyTo(Story story)
    {
        var fields = Normalized();
        story.Kind = fields.Kind;
        story.EventStart = fields.EventStart;
        story.EventEnd = fields.EventEnd;
        story.Places = [.. fields.Places];
        story.Organisers = [.. fields.Organisers];
        story.Project = fields.Project;
        story.Tags = [.. fields.Tags];
        story.Image = fields.Image;
        var details = fields.Details;
        (story.EventStartTime, story.EventEndTime, story.Venue) = (details.StartTime, details.EndTime, details.Venue);
        (story.OnlineUrl, story.RegistrationUrl, story.RegistrationDeadline) = (details.OnlineUrl, details.RegistrationUrl, details.RegistrationDeadline);
        story.VenueAddress = new Dictionary<string, string>(details.AddressLines, StringComparer.Ordinal);
    }

    private static List<string> Clean(IReadOnlyList<string> items) =>
        [.. items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct(StringComparer.Ordinal)];
}
