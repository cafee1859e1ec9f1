using System.Text;
using Cms.Search.Analysis;
using Cms.Search.Analysis.Common;
using Cms.Search.Analysis.Loose;

namespace Cms.Search.Searching;

/// <summary>
/// A short, HTML-safe excerpt of the original text around the densest cluster of matches, each match (inflected
/// forms included, since they are found through the same analysis) wrapped in &lt;mark&gt;.
/// </summary>
internal static class SnippetBuilder
{
    public const int Length = 240;
    private const int ScanLimit = 8_000;
    private const int Lead = 60;

    /// <param name="words">Tokenizes and normalises without stemming (the neutral chain): a word is stemmed only
    /// when its first letters could belong to a query term, so a long body costs little.</param>
    public static string? Build(string text, Analyzer words, Analyzer analyzer, IReadOnlySet<string> terms, IReadOnlySet<string> looseKeys)
    {
        var scanned = text.Length > ScanLimit ? text[..ScanLimit] : text;
        var tokens = words.Analyze(scanned);
        var starts = terms.Select(t => Start(t, 3)).ToHashSet(StringComparer.Ordinal);
        var marks = Marks(tokens, token => starts.Contains(Start(token.Term, 3))
            && (terms.Contains(token.Term) || terms.Contains(analyzer.Stem(token.Term))));
        if (marks.Count == 0 && looseKeys.Count > 0)
        {
            // Only when no exact form is there: a loose key costs a romanisation, so sift by its first letters.
            var looseStarts = looseKeys.Select(k => Start(k, 2)).ToHashSet(StringComparer.Ordinal);
            marks = Marks(tokens, token => looseStarts.Contains(Start(LooseKey.For(Start(token.Term, 3)), 2))
                && (looseKeys.Contains(LooseKey.For(token.Term)) || looseKeys.Contains(LooseKey.For(analyzer.Stem(token.Term)))));
        }

        if (marks.Count == 0)
        {
            return null;
        }

        var best = 0;
        var bestCount = 0;
        for (var i = 0; i < marks.Count; i++)
        {
            var count = 0;
            for (var j = i; j < marks.Count && marks[j].End <= marks[i].Start + Length - Lead; j++)
            {
                count++;
            }

            if (count > bestCount)
            {
                (best, bestCount) = (i, count);
            }
        }

        var start = WordStart(text, Math.Max(0, marks[best].Start - Lead));
        var end = WordEnd(text, Math.Min(text.Length, start + Length));
        return Render(text, start, end, marks);
    }

    private static string Start(string text, int length) => text.Length <= length ? text : text[..length];

    private static List<(int Start, int End)> Marks(List<Token> tokens, Func<Token, bool> isMatch)
    {
        var marks = new List<(int Start, int End)>();
        foreach (var token in tokens)
        {
            if (!isMatch(token))
            {
                continue;
            }

            if (marks.Count > 0 && token.Start < marks[^1].End)
            {
                marks[^1] = (marks[^1].Start, Math.Max(marks[^1].End, token.End));
            }
            else
            {
                marks.Add((token.Start, token.End));
            }
        }

        return marks;
    }

    public static string Plain(string text)
    {
        var end = WordEnd(text, Math.Min(text.Length, Length));
        return Render(text, 0, end, []);
    }

    private static string Render(string text, int start, int end, List<(int Start, int End)> marks)
    {
        var html = new StringBuilder(end - start + 64);
        if (start > 0)
        {
            html.Append('…');
        }

        var at = start;
        foreach (var (markStart, markEnd) in marks)
        {
            if (markEnd <= start || markStart >= end)
            {
                continue;
            }

            var from = Math.Max(markStart, start);
            var to = Math.Min(markEnd, end);
            HtmlText.Append(html, text.AsSpan(at, from - at));
            html.Append("<mark>");
            HtmlText.Append(html, text.AsSpan(from, to - from));
            html.Append("</mark>");
            at = to;
        }

        HtmlText.Append(html, text.AsSpan(at, end - at));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static int WordEnd(string text, int index)
    {
        var limit = Math.Min(text.Length, index + 30);
        while (index < limit && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        if (index < text.Length && index > 0 && char.IsHighSurrogate(text[index - 1]))
        {
            index++;
        }

        return index;
    }
}
