namespace Cms.Web.Pages.Manager;

/// <summary>A story's latest saved revision, for the matrix: when, who and what.</summary>
internal sealed record LastChange(DateTime SavedUtc, string SavedBy, string Note, string Language);
