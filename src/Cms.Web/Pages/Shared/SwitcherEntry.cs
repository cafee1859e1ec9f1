namespace Cms.Web.Pages.Shared;

/// <summary>One language in the switcher; <see cref="Url"/> is null when the page does not exist in it.</summary>
internal sealed record SwitcherEntry(string Language, string Name, string? Url, bool IsCurrent);
