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
    string? Image = null)
{
    public static StoryFields Of(Story story) =>
        new(story.Kind, story.EventStart, story.EventEnd, story.Places, story.Organisers, story.Project, story.Tags, story.Image);

    /// <summary>The fields as they are stored: trimmed, empty texts as null, blank and repeated list items gone.</summary>
    public StoryFields Normalized() =>
        new(Kind, EventStart, EventEnd, Clean(Places), Clean(Organisers),
            string.IsNullOrWhiteSpace(Project) ? null : Project.Trim(), Clean(Tags),
            string.IsNullOrWhiteSpace(Image) ? null : Image.Trim());

    /// <summary>Value equality, lists compared item by item (records compare lists by reference).</summary>
    public bool SameAs(StoryFields other) =>
        Kind == other.Kind && EventStart == other.EventStart && EventEnd == other.EventEnd
        && Places.SequenceEqual(other.Places, StringComparer.Ordinal) && Organisers.SequenceEqual(other.Organisers, StringComparer.Ordinal)
        && string.Equals(Project, other.Project, StringComparison.Ordinal) && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal)
        && string.Equals(Image, other.Image, StringComparison.Ordinal);

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
    }

    private static List<string> Clean(IReadOnlyList<string> items) =>
        [.. items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct(StringComparer.Ordinal)];
}
