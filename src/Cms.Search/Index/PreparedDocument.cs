using Cms.Search.Analysis;
using Cms.Search.Analysis.Common;

namespace Cms.Search.Index;

/// <summary>A translation analysed for the index: its terms per field and the values it is filtered, counted and
/// sorted by. Analysis is pure, so documents can be prepared on several threads while one writer adds them. No text
/// is stored: a hit's text comes from the database. <see cref="DocumentLayout"/> lays it out as a Lucene document.</summary>
public sealed class PreparedDocument
{
    private PreparedDocument(SearchDocument source, IndexedFields fields)
    {
        Source = source;
        Fields = fields;
        Places = Facet(source.Places);
        Tags = Facet(source.Tags);
    }

    public SearchDocument Source { get; }

    internal IndexedFields Fields { get; }

    /// <summary>Each place once, by its filter form, with its label as written.</summary>
    internal IReadOnlyList<(string Norm, string Label)> Places { get; }

    internal IReadOnlyList<(string Norm, string Label)> Tags { get; }

    /// <summary>Analyses one translation; <paramref name="memo"/> is the calling thread's own (a bulk load keeps one
    /// per thread: each word is analysed once), or none for a fresh one.</summary>
    public static PreparedDocument From(SearchDocument source, Analyzers analyzers, AnalysisMemo? memo = null) =>
        new(source, IndexedFields.From(source, analyzers, memo ?? new AnalysisMemo()));

    /// <summary>The form a place or tag is filtered by: the same for every spelling that differs only in case, ё, stress.</summary>
    internal static string FacetNorm(string value) => TermNormalizer.Normalize(value.Trim());

    internal static string YearText(int year) => year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    private static List<(string, string)> Facet(IReadOnlyList<string> values)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var facet = new List<(string, string)>(values.Count);
        foreach (var value in values)
        {
            var label = value.Trim();
            var norm = FacetNorm(label);
            if (norm.Length > 0 && seen.Add(norm))
            {
                facet.Add((norm, label));
            }
        }

        return facet;
    }
}
