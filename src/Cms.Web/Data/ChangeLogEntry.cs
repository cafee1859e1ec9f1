namespace Cms.Web.Data;

/// <summary>
/// One committed change to a story's content, appended in the transaction that made it. <see cref="Sequence"/> grows
/// with every row: whatever is derived from content (search index, caches, feeds, other nodes) follows this log and
/// re-reads the story. On SQLite writes are serialised, so rows commit in sequence order.
/// </summary>
internal sealed class ChangeLogEntry
{
    public long Sequence { get; set; }

    public int StoryId { get; set; }

    /// <summary>The story's key, kept so a reader can tell which story a purged id was.</summary>
    public required string StoryKey { get; set; }

    /// <summary>The story's translations at the time, as <c>id:language</c> pairs, e.g. <c>12:ky 13:ru</c>.</summary>
    public string Translations { get; set; } = "";

    public DateTime AtUtc { get; set; }
}
