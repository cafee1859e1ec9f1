namespace Cms.Web.Data;

/// <summary>What a story is. Every kind but <see cref="News"/> announces or reports an event and has event fields.</summary>
internal enum StoryKind
{
    News,
    Announcement,
    Event,
    RoundTable,
    Seminar,
    Training,
    DialoguePlatform,
}
