namespace Cms.Web.Terms;

/// <summary>A term as an editor, the API or a taxonomy file submits it.</summary>
/// <param name="Labels">Language code → label; blank labels are left out.</param>
/// <param name="TimeZone">A place's IANA time zone, for the events held there; null: the site's.</param>
internal sealed record TermEdit(string? CommonName, IReadOnlyDictionary<string, string?> Labels, IReadOnlyList<string> Aliases, string? TimeZone = null);
