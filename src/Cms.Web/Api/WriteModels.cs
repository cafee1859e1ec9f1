namespace Cms.Web.Api;

internal sealed record StoryFieldsBody(
    string? Kind, DateOnly? EventStart, DateOnly? EventEnd, List<string>? Places, List<string>? Organisers, string? Project, List<string>? Tags, string? Image, int? Version, EventBody? Event = null);

internal sealed record NewStoryBody(
    string? Kind, string? SourceLanguage, DateOnly? EventStart, DateOnly? EventEnd, List<string>? Places, List<string>? Organisers,
    string? Project, List<string>? Tags, List<TranslationBody>? Translations, EventBody? Event = null);

internal sealed record TranslationBody(string? Language, string? Title, string? Slug, string? Summary, string? Body, int? Version, bool? Reviewed);

/// <summary>Times as ISO 8601; without an offset they are read in <c>Cms:TimeZone</c>.</summary>
internal sealed record PublishBody(string? At, string? UnpublishAt, int? Version);

internal sealed record VersionBody(int? Version);

internal sealed record SplitBody(string? Text);
