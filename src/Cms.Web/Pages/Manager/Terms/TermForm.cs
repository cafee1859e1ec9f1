namespace Cms.Web.Pages.Manager.Terms;

/// <summary>The term form: key (new terms only), a label per language or one common name, aliases one per line.</summary>
internal sealed class TermForm
{
    public string? Key { get; set; }

    public string? CommonName { get; set; }

    public Dictionary<string, string?> Labels { get; set; } = new(StringComparer.Ordinal);

    public string? Aliases { get; set; }

    public int? Version { get; set; }
}
