namespace Cms.Web.Api;

/// <summary>A term as the write API takes it: a label per language, or one name the same in all, aliases, and for a
/// place the IANA time zone of events held there.</summary>
internal sealed record TermBody(string? Name, Dictionary<string, string?>? Labels, List<string>? Aliases, int? Version, string? TimeZone = null);
