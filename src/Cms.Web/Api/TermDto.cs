using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Terms;

namespace Cms.Web.Api;

/// <summary>A term as the API gives it: its key, its name in the asked language (with fallback), and its label in
/// every configured language (null where it has none; a common name stands in every language), and a place's time zone
/// (null: the site's).</summary>
internal sealed record TermDto(
    string Key, string Label, IReadOnlyDictionary<string, string?> Labels, IReadOnlyList<string> Aliases, bool SameInAllLanguages, string? TimeZone)
{
    public static TermDto From(TermCatalog catalog, Vocabulary vocabulary, string key, string language, IEnumerable<string> fallback, SiteLanguages languages)
    {
        var term = catalog.Find(vocabulary, key);
        var labels = languages.Codes.ToDictionary(
            code => code,
            code => term?.CommonName ?? term?.Labels.GetValueOrDefault(code),
            StringComparer.Ordinal);
        return new TermDto(key, catalog.Name(vocabulary, key, language, fallback).Text, labels, term?.Aliases ?? [], term?.CommonName is not null, term?.TimeZone);
    }
}
