namespace Cms.Web.Api;

/// <summary>A term as the write API takes it: a label per language, or one name the same in all, and aliases.</summary>
internal sealed record TermBody(string? Name, Dictionary<string, string?>? Labels, List<string>? Aliases, int? Version);
