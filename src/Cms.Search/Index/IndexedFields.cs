using Cms.Search.Analysis;
using Cms.Search.Analysis.Loose;

namespace Cms.Search.Index;

/// <summary>The analysed terms of one document, per indexed field, in order: the title, summary and body through the
/// translation's own language chain, the shared fields (places, tags, organisers, project) likewise, and the loose keys
/// of every distinct stem.</summary>
internal sealed record IndexedFields(MemoTerm[] Title, MemoTerm[] Summary, MemoTerm[] Body, MemoTerm[] Meta, MemoTerm[] Loose)
{
    /// <param name="memo">The calling thread's memo of analysed words (a bulk load keeps one per thread).</param>
    public static IndexedFields From(SearchDocument document, Analyzers analyzers, AnalysisMemo memo)
    {
        var analyzer = analyzers.For(document.Language);
        memo.NextDocument();
        var stems = new List<MemoTerm>();
        return new IndexedFields(
            Terms(analyzer, document.Title, stems, memo),
            Terms(analyzer, document.Summary, stems, memo),
            Terms(analyzer, document.Body, stems, memo),
            NameTerms(document, analyzers, stems, memo),
            LooseTerms(stems, memo));
    }

    /// <summary>Each name through the chains a query in its script goes through (Cyrillic: Russian and Kyrgyz;
    /// Georgian: Georgian; otherwise the translation's), so that «новостройки» finds a Kyrgyz story tagged with a term
    /// whose Russian label it is.</summary>
    private static MemoTerm[] NameTerms(SearchDocument document, Analyzers analyzers, List<MemoTerm> stems, AnalysisMemo memo)
    {
        var terms = memo.Scratch;
        terms.Clear();
        foreach (var name in document.Names)
        {
            foreach (var language in ChainsFor(name, document.Language))
            {
                analyzers.For(language).Terms(name, memo, terms);
            }
        }

        return Collect(terms, stems, memo);
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

    private static MemoTerm[] Terms(Analyzer analyzer, string text, List<MemoTerm> stems, AnalysisMemo memo)
    {
        var terms = memo.Scratch;
        terms.Clear();
        analyzer.Terms(text, memo, terms);
        return Collect(terms, stems, memo);
    }

    /// <summary>The terms, in order; each term the document has not used before joins <paramref name="stems"/>.</summary>
    private static MemoTerm[] Collect(List<MemoTerm> terms, List<MemoTerm> stems, AnalysisMemo memo)
    {
        var collected = terms.ToArray();
        foreach (var term in collected)
        {
            if (term.Document != memo.Document)
            {
                term.Document = memo.Document;
                stems.Add(term);
            }
        }

        return collected;
    }

    /// <summary>The loose keys of the document's distinct terms, once each: their positions never matter. Only the
    /// stems' keys: queries reach inflected forms through them, and a surface key per word would double the field.</summary>
    private static MemoTerm[] LooseTerms(List<MemoTerm> stems, AnalysisMemo memo)
    {
        var keys = memo.LooseScratch;
        keys.Clear();
        foreach (var stem in stems)
        {
            if (!stem.Text.AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                continue; // a number is its own key, and the exact fields already hold it
            }

            var key = stem.Loose ??= memo.Term(LooseKey.For(stem.Text));
            if (key.Text.Length > 0 && key.LooseDocument != memo.Document)
            {
                key.LooseDocument = memo.Document;
                keys.Add(key);
            }
        }

        return [.. keys];
    }
}
