namespace Cms.Web.Pages.Lang;

/// <summary>A link to a translation: its title and address (previous/next story).</summary>
internal sealed record StoryLink(int StoryId, string Language, string Title, string Slug);
