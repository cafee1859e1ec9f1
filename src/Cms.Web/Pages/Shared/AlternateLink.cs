namespace Cms.Web.Pages.Shared;

internal sealed record AlternateLink(string Language, string Url);
