using System.Globalization;
using Cms.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Pages.Manager;

/// <summary>Base of the manager's pages: the signed-in user, the UI language and the site's time zone.</summary>
internal abstract class ManagerPageModel(SiteLanguages languages, SiteClock clock) : PageModel
{
    public SiteLanguages Languages { get; } = languages;

    public SiteClock Clock { get; } = clock;

    public string UserName => User.Identity?.Name ?? "";

    public bool IsEditor => User.IsInRole(Data.Roles.Editor) || User.IsInRole(Data.Roles.Admin);

    public bool IsAdmin => User.IsInRole(Data.Roles.Admin);

    public CultureInfo UiCulture => CultureInfo.CurrentUICulture;

    /// <summary>A UTC time shown in the site's time zone, in the UI culture's standard short pattern.</summary>
    public string Local(DateTime? utc) =>
        utc is { } at ? Clock.ToLocal(at).ToString("g", CultureInfo.CurrentCulture) + " (" + Clock.Zone.Id + ")" : "";

    /// <summary>The value of a datetime-local input for a UTC time.</summary>
    public string InputValue(DateTime? utc) =>
        utc is { } at ? Clock.ToLocal(at).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>A datetime-local input, read in the site's time zone, as UTC.</summary>
    public DateTime? FromInput(string? local, string field = "at") => Clock.ParseInstant(local, field);
}
