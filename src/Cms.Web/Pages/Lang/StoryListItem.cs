namespace Cms.Web.Pages.Lang;

/// <summary>A story in a list that mixes languages: the translation shown, and its language (marked when it is not the page's).</summary>
internal sealed record StoryListItem(int StoryId, string Language, string Title, string Slug, string Summary, DateTime PublishedUtc, string Kind, DateOnly? EventStart, DateOnly? EventEnd);
