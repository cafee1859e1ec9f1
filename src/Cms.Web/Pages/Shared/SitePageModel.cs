using Cms.Web.Caching;
using Cms.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Pages.Shared;

/// <summary>Base of every public page: knows the page's language and hands the layout its chrome.</summary>
internal abstract class SitePageModel : PageModel
{
    protected SitePageModel(SiteLanguages languages, SiteClock clock)
    {
        Languages = languages;
        Clock = clock;
    }

    internal SiteClock Clock { get; }

    internal SiteLanguages Languages { get; }

    internal SiteLanguage Language { get; private set; } = null!;

    /// <summary>What this page shows, for the page cache to evict it when that changes.</summary>
    internal CacheTags CacheTags => HttpContext.RequestServices.GetRequiredService<CacheTags>();

    public PageChrome Chrome
    {
        get => (PageChrome)ViewData[PageChrome.Key]!;
        protected set => ViewData[PageChrome.Key] = value;
    }

    /// <summary>A UTC time as a date in the site's time zone, in the page language's standard long pattern.</summary>
    public string FormatDate(DateTime utc) => Clock.ToLocal(utc).ToString("D", Language.Culture);

    /// <summary>When an event happens: its day or days (long date pattern) and its times (the culture's short time
    /// pattern) as the event's own local time: in the site's time zone, or in the venue's, then named by its offset.</summary>
    public string FormatEvent(DateOnly start, DateOnly? end, TimeOnly? startTime, TimeOnly? endTime, TimeZoneInfo? venueZone = null)
    {
        var days = FormatDay(start, end);
        if (startTime is not { } from)
        {
            return days;
        }

        var times = from.ToString("t", Language.Culture) + (endTime is { } to ? " – " + to.ToString("t", Language.Culture) : "");
        // Held in another zone than the site's: say which, or readers take the time for their own.
        var zone = venueZone is { } other && !string.Equals(other.Id, Clock.Zone.Id, StringComparison.Ordinal)
            ? " (" + Terms.VenueZones.OffsetLabel(other, start, from) + ")" : "";
        return days + ", " + times + zone;
    }

    /// <summary>A day, or a span of days, in the page culture's long date pattern.</summary>
    public string FormatDay(DateOnly start, DateOnly? end) =>
        end is { } last && last != start
            ? $"{start.ToString("D", Language.Culture)} – {last.ToString("D", Language.Culture)}"
            : start.ToString("D", Language.Culture);

    public static string IsoTime(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sets the page's language from the route value <c>lang</c>.</summary>
    protected void UseLanguage(string code) => Language = Languages.Get(code);

    /// <summary>Chrome for a page that exists in every language at the same path after the language segment.</summary>
    protected PageChrome ChromeForAllLanguages(string title, string? description, Func<string, string> pathIn, bool indexable = true)
    {
        var versions = Hreflang.ForAllLanguages(Request, Languages, pathIn);
        return new PageChrome
        {
            Language = Language,
            Title = title,
            Description = description,
            CanonicalUrl = indexable ? SiteUrls.Absolute(Request, pathIn(Language.Code)) : null,
            Alternates = indexable ? versions.Alternates : [],
            XDefaultUrl = indexable ? versions.XDefaultUrl : null,
            Switcher = [.. Languages.All.Select(l => new SwitcherEntry(
                l.Code, l.Name, SiteUrls.Switch(l.Code, pathIn(l.Code)), l.Code == Language.Code))],
        };
    }
}
