namespace Cms.Web.Api;

internal sealed record RenditionDto(Uri Url, string Type, int Width, int Height);
