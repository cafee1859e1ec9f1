namespace Cms.Web.Newsroom;

/// <summary>The text of a translation as an author submits it. An empty slug is made from the title.</summary>
internal sealed record TranslationEdit(string Title, string? Slug, string Summary, string Body);
