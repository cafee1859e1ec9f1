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

    /// <summary>A UTC time in the site's time zone and the UI culture's short pattern, without the zone's name (lists).</summary>
    public string LocalShort(DateTime? utc) =>
        utc is { } at ? Clock.ToLocal(at).ToString("g", CultureInfo.CurrentCulture) : "";

    /// <summary>The value of a date-and-time input for a UTC time: site time zone, UI culture's short pattern.</summary>
    public string InputValue(DateTime? utc) =>
        utc is { } at ? Clock.FormatTyped(at, CultureInfo.CurrentCulture) : "";

    /// <summary>What a date-and-time input expects, e.g. "31.12.2030 14:30 (Asia/Bishkek)".</summary>
    public string InputHint => Localization.UiDates.DateTimeExample(CultureInfo.CurrentCulture) + " (" + Clock.Zone.Id + ")";

    /// <summary>A date-and-time input, read in the UI culture and the site's time zone, as UTC.</summary>
    public DateTime? FromInput(string? typed, string field = "at") => Clock.ParseTyped(typed, CultureInfo.CurrentCulture, field);
}
