namespace Cms.Search.Index;

/// <summary>A story as it now is: its live translations, analysed (none when it was unpublished, trashed or purged).
/// The index replaces whatever it held for the story with these, as one block.</summary>
public sealed record StoryUpdate(string StoryKey, IReadOnlyList<PreparedDocument> Live);
