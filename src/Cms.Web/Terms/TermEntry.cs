using Cms.Web.Data;

namespace Cms.Web.Terms;

/// <summary>A term as pages and the index read it: immutable, shared by every request.</summary>
internal sealed record TermEntry(
    Vocabulary Vocabulary,
    string Key,
    string? CommonName,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<string> Aliases,
    string? TimeZone = null)
{
    /// <summary>Every name the term is known by: labels, the common name and aliases.</summary>
    public IEnumerable<string> Names =>
        (CommonName is null ? Labels.Values : Labels.Values.Prepend(CommonName)).Concat(Aliases);

    public static TermEntry From(Term term) => new(
        term.Vocabulary,
        term.Key,
        term.CommonName,
        term.Labels.ToDictionary(l => l.Language, l => l.Text, StringComparer.Ordinal),
        [.. term.Aliases],
        term.TimeZone);
}
