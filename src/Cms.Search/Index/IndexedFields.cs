using System.Text;
using Cms.Search.Analysis;
using Cms.Search.Analysis.Loose;

namespace Cms.Search.Index;

/// <summary>The analysed text of one document, one string of space-separated terms per FTS5 column.</summary>
internal sealed record IndexedFields(string Title, string Summary, string Body, string Meta, string Loose)
{
    /// <summary>Tokens in all columns, as FTS5 counts them: the terms are single tokens separated by spaces.</summary>
    public int Length => Count(Title) + Count(Summary) + Count(Body) + Count(Meta) + Count(Loose);

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

    private static string Terms(Analyzer analyzer, string text, HashSet<string> stems)
    {
        var tokens = analyzer.Analyze(text);
        var builder = new StringBuilder(text.Length);
        foreach (var token in tokens)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(token.Term);
            stems.Add(token.Term);
        }

        return builder.ToString();
    }

    /// <summary>The loose keys of the document's distinct terms, once each: their positions never matter. Only the
    /// stems' keys: queries reach inflected forms through them, and a surface key per word would double the column.</summary>
    private static string LooseTerms(HashSet<string> stems)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            if (!stem.AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                continue; // a number is its own key, and the exact columns already hold it
            }

            keys.Add(LooseKey.For(stem));
        }

        keys.Remove("");
        return string.Join(' ', keys);
    }

    private static int Count(string terms) => terms.Length == 0 ? 0 : terms.AsSpan().Count(' ') + 1;
}
