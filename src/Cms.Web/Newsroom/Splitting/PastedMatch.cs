namespace Cms.Web.Newsroom.Splitting;

/// <summary>A stored translation a pasted part may duplicate.</summary>
internal sealed record PastedMatch(int StoryId, string Key, string Language, string Title, bool InTrash);
