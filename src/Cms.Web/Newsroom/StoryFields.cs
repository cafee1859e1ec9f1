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

    public void ApplyTo(Story story)
    {
        story.Kind = Kind;
        story.EventStart = EventStart;
        story.EventEnd = EventEnd;
        story.Places = [.. Places];
        story.Organisers = [.. Organisers];
        story.Project = string.IsNullOrWhiteSpace(Project) ? null : Project.Trim();
        story.Tags = [.. Tags];
        story.Image = string.IsNullOrWhiteSpace(Image) ? null : Image.Trim();
    }
}
