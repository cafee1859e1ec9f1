namespace Cms.Web.Data;

internal enum StoryKind
{
    News,
    Announcement,
    Event,
}
