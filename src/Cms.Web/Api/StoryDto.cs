namespace Cms.Web.Api;

internal sealed record StoryDto(
    string Key,
    string Kind,
    string SourceLanguage,
    DateOnly? EventStart,
    DateOnly? EventEnd,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Organisers,
    string? Project,
    IReadOnlyList<string> Tags,
    IReadOnlyList<TranslationDto> Translations);
