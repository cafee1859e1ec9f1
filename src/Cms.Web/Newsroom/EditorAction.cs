namespace Cms.Web.Newsroom;

/// <summary>A workflow step taken right after an editor save, in the same transaction.</summary>
internal sealed record EditorAction(EditorVerb Verb, string? Language, DateTime? AtUtc = null, DateTime? UntilUtc = null);
