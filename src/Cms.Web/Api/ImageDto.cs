namespace Cms.Web.Api;

/// <summary>A story's picture in the read API: the original, its renditions (narrowest first, WebP and JPEG), the
/// credit shared by the languages and the texts per language (the credit there is the one shown in that language).</summary>
internal sealed record ImageDto(
    string Name, Uri Url, int Width, int Height, string? Credit, IReadOnlyList<RenditionDto> Renditions, IReadOnlyList<ImageTextDto> Texts);
