using Cms.Search.Analysis;
using Cms.Search.Analysis.Loose;

namespace Cms.Search.Index;

/// <summary>The analysed terms of one document, per indexed field, in order: the title, summary and body through the
/// translation's own language chain, the shared fields (places, tags, organisers, project) likewise, and the loose keys
/// of every distinct stem.</summary>
internal sealed record IndexedFields(string[] Title, string[] Summary, string[] Body, string[] Meta, string[] Loose)
{
    public static IndexedFields From(SearchDocument document, Analyzers analyzers)
    {
        var analyzer = analyzers.For(document.Language);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        return new IndexedFields(
            Terms(analyzer, document.Title, stems),
            Terms(analyzer, document.Summary, stems),
            Terms(analyzer, document.Body, stems),
            NameTerms(document, analyzers, stems),
            LooseTerms(stems));
    }

    /// <summary>Each name through the chains a query in its script goes through (Cyrillic: Russian and Kyrgyz;
    /// Georgian: Georgian; otherwise the translation's), so that «новостройки» finds a Kyrgyz story tagged with a term
    /// whose Russian label it is.</summary>
    private static string[] NameTerms(SearchDocument document, Analyzers analyzers, HashSet<string> stems)
    {
        var terms = new List<string>();
        foreach (var name in document.Names)
        {
            foreach (var language in ChainsFor(name, document.Language))
            {
                terms.AddRange(Terms(analyzers.For(language), name, stems));
            }
        }

        return [.. terms];
    }

    private static string[] ChainsFor(string name, string language)
    {
        var span = name.AsSpan();
        if (span.ContainsAnyInRange('\u10A0', '\u10FF') || span.ContainsAnyInRange('\u1C90', '\u1CBF'))
        {
            return ["ka"];
        }

        return span.ContainsAnyInRange('\u0400', '\u04FF') ? ["ru", "ky"] : [language];
    }

    private static string[] Terms(Analyzer analyzer, string text, HashSet<string> stems)
    {
        var tokens = analyzer.Analyze(text);
        var terms = new string[tokens.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = tokens[i].Term;
            stems.Add(terms[i]);
        }

        return terms;
    }

    /// <summary>The loose keys of the document's distinct terms, once each: their positions never matter. Only the
    /// stems' keys: queries reach inflected forms through them, and a surface key per word would double the field.</summary>
    private static string[] LooseTerms(HashSet<string> stems)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            if (!stem.AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                continue; // a number is its own key, and the exact fields already hold it
            }

            keys.Add(LooseKey.For(stem));
        }

        keys.Remove("");
        return [.. keys];
    }
}
