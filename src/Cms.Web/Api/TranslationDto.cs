namespace Cms.Web.Api;

internal sealed record TranslationDto(string Language, string Title, string Slug, Uri Url, string Summary, string Status, DateTime? PublishedAt);
