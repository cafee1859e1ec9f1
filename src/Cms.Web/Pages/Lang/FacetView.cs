namespace Cms.Web.Pages.Lang;

internal sealed record FacetView(string Name, string Title, string? Selected, IReadOnlyList<(string Value, string Label, int Count, string? Language)> Values, SearchModel Page);
