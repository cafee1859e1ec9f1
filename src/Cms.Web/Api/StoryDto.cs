namespace Cms.Web.Api;

internal sealed record StoryDto(
    string Key,
    string Kind,
    string SourceLanguage,
    DateOnly? EventStart,
    DateOnly? EventEnd,
    IReadOnlyList<TermDto> Places,
    IReadOnlyList<TermDto> Organisers,
    TermDto? Project,
    IReadOnlyList<TermDto> Tags,
    IReadOnlyList<TranslationDto> Translations,
    EventDto? Event = null,
    ImageDto? Image = null);
