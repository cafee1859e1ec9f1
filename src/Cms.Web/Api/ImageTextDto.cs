namespace Cms.Web.Api;

internal sealed record ImageTextDto(string Language, string Alt, string? Caption, string? Credit);
