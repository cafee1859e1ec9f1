namespace Cms.Web.Pages.Lang;

internal sealed record LinkedTranslation(int StoryId, string Language, string Slug);
