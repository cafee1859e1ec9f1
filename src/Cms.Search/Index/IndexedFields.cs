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
        var meta = string.Join(" \n ", document.Places.Concat(document.Tags).Concat(document.Organisers)
            .Append(document.Project ?? ""));
        return new IndexedFields(
            Terms(analyzer, document.Title, stems),
            Terms(analyzer, document.Summary, stems),
            Terms(analyzer, document.Body, stems),
            Terms(analyzer, meta, stems),
            LooseTerms(stems));
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
