namespace Cms.Web.Pages.Manager.Terms;

/// <summary>The term form: key (new terms only), a label per language or one common name, aliases one per line, a place's time zone.</summary>
internal sealed class TermForm
{
    public string? Key { get; set; }

    public string? CommonName { get; set; }

    public Dictionary<string, string?> Labels { get; set; } = new(StringComparer.Ordinal);

    public string? Aliases { get; set; }

    /// <summary>A place's IANA time zone; blank: the site's.</summary>
    public string? TimeZone { get; set; }

    public int? Version { get; set; }
}
