namespace Cms.Web.Pages.Shared;

/// <summary>A page's language versions: one absolute URL per language (itself included) and the x-default.</summary>
internal sealed record HreflangSet(IReadOnlyList<AlternateLink> Alternates, string XDefaultUrl);
