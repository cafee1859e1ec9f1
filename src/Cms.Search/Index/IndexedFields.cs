using System.Text;
using Cms.Search.Analysis;
using Cms.Search.Analysis.Common;
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
        var loose = new HashSet<string>(StringComparer.Ordinal);
        var surfaces = new HashSet<string>(StringComparer.Ordinal);
        var meta = string.Join(" \n ", document.Places.Concat(document.Tags).Concat(document.Organisers)
            .Append(document.Project ?? ""));
        return new IndexedFields(
            Terms(analyzer, document.Title, loose, surfaces),
            Terms(analyzer, document.Summary, loose, surfaces),
            Terms(analyzer, document.Body, loose, surfaces),
            Terms(analyzer, meta, loose, surfaces),
            LooseTerms(loose, surfaces));
    }

    private static string Terms(Analyzer analyzer, string text, HashSet<string> stems, HashSet<string> surfaces)
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
            if (!token.IsKeyword)
            {
                surfaces.Add(text.Substring(token.Start, token.Length));
            }
        }

        return builder.ToString();
    }

    private static string LooseTerms(HashSet<string> stems, HashSet<string> surfaces)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            keys.Add(LooseKey.For(stem));
        }

        foreach (var surface in surfaces)
        {
            keys.Add(LooseKey.For(TermNormalizer.Normalize(surface)));
        }

        keys.Remove("");
        return string.Join(' ', keys);
    }

    private static int Count(string terms) => terms.Length == 0 ? 0 : terms.AsSpan().Count(' ') + 1;
}
