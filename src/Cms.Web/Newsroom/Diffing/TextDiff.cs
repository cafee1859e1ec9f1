using System.Globalization;
using System.Text;

namespace Cms.Web.Newsroom.Diffing;

/// <summary>
/// Line and word diffs of translation revisions (title, summary, Markdown body), and their renderings.
/// Spans always rebuild both texts exactly: Equal + Delete is <c>before</c>, Equal + Insert is <c>after</c>.
/// </summary>
internal static class TextDiff
{
    /// <summary>Above this many differing tokens (after the common prefix and suffix) the diff is coarse.</summary>
    public const int MaxTokens = 200_000;

    /// <summary>Above this edit distance (in tokens) a differing part is shown as deleted and inserted whole.</summary>
    public const int MaxEditDistance = 5_000;

    // Steps of the search (diagonals tried plus tokens matched). The edit distance alone does not bound the
    // matching on repetitive input; this keeps any one diff to a few hundred milliseconds.
    private const long WorkBudget = 12_000_000;

    public static IReadOnlyList<DiffSpan> Lines(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return Merge(Script(SplitLines(before), SplitLines(after)));
    }

    /// <summary>
    /// A word diff. A run of changed words reads as a phrase: the spaces between them belong to the change (the
    /// deleted phrase and the inserted one each keep their spaces) instead of standing alone between fragments.
    /// </summary>
    public static IReadOnlyList<DiffSpan> Words(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return JoinPhrases(Merge(Script(SplitWords(before), SplitWords(after))));
    }

    public static string ToHtml(IReadOnlyList<DiffSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var html = new StringBuilder();
        foreach (var span in spans)
        {
            if (span.Text.Length == 0)
            {
                continue;
            }

            var tag = span.Op switch
            {
                DiffOp.Insert => "ins",
                DiffOp.Delete => "del",
                _ => null,
            };
            if (tag is not null)
            {
                html.Append('<').Append(tag).Append('>');
            }

            AppendEncoded(html, span.Text);
            if (tag is not null)
            {
                html.Append("</").Append(tag).Append('>');
            }
        }

        return html.ToString();
    }

    /// <summary>
    /// A unified-style line diff: <c>@@ -start,count +start,count @@</c> hunks of <c>-</c>, <c>+</c> and
    /// <c> </c> lines with <paramref name="context"/> unchanged lines around changes. Empty when nothing changed.
    /// </summary>
    public static string Unified(string before, string after, int context = 2)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentOutOfRangeException.ThrowIfNegative(context);

        var script = Script(SplitLines(before), SplitLines(after));
        int count = script.Count;
        // beforeLine[i] / afterLine[i]: lines of each text that come before script entry i.
        var beforeLine = new int[count + 1];
        var afterLine = new int[count + 1];
        for (int i = 0; i < count; i++)
        {
            var op = script[i].Op;
            beforeLine[i + 1] = beforeLine[i] + (op == DiffOp.Insert ? 0 : 1);
            afterLine[i + 1] = afterLine[i] + (op == DiffOp.Delete ? 0 : 1);
        }

        var text = new StringBuilder();
        int next = 0;
        while (true)
        {
            int change = next;
            while (change < count && script[change].Op == DiffOp.Equal)
            {
                change++;
            }

            if (change == count)
            {
                break;
            }

            int start = Math.Max(next, change - context);
            int end = change;
            while (true)
            {
                while (end < count && script[end].Op != DiffOp.Equal)
                {
                    end++;
                }

                int equal = end;
                while (equal < count && script[equal].Op == DiffOp.Equal)
                {
                    equal++;
                }

                // Changes closer than twice the context share a hunk.
                if (equal < count && equal - end <= 2 * context)
                {
                    end = equal;
                    continue;
                }

                end = Math.Min(count, end + context);
                break;
            }

            AppendHunkHeader(text, beforeLine[start], beforeLine[end] - beforeLine[start], afterLine[start], afterLine[end] - afterLine[start]);
            for (int i = start; i < end; i++)
            {
                var (op, line) = script[i];
                text.Append(op switch { DiffOp.Insert => '+', DiffOp.Delete => '-', _ => ' ' });
                if (line.EndsWith('\n'))
                {
                    text.Append(line);
                }
                else
                {
                    text.Append(line).Append("\n\\ No newline at end of file\n");
                }
            }

            next = end;
        }

        return text.ToString();
    }

    private static void AppendHunkHeader(StringBuilder text, int beforeStart, int beforeCount, int afterStart, int afterCount)
    {
        // Line numbers are 1-based; an empty side names the line after which the change happens.
        text.Append("@@ -")
            .Append((beforeCount == 0 ? beforeStart : beforeStart + 1).ToString(CultureInfo.InvariantCulture))
            .Append(',')
            .Append(beforeCount.ToString(CultureInfo.InvariantCulture))
            .Append(" +")
            .Append((afterCount == 0 ? afterStart : afterStart + 1).ToString(CultureInfo.InvariantCulture))
            .Append(',')
            .Append(afterCount.ToString(CultureInfo.InvariantCulture))
            .Append(" @@\n");
    }

    private static void AppendEncoded(StringBuilder html, string text)
    {
        int plain = 0;
        for (int i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            html.Append(text, plain, i - plain).Append(entity);
            plain = i + 1;
        }

        html.Append(text, plain, text.Length - plain);
    }

    /// <summary>The edit script, one entry per token, deletions before insertions within a change.</summary>
    private static List<(DiffOp Op, string Token)> Script(List<string> before, List<string> after)
    {
        int prefix = 0;
        while (prefix < before.Count && prefix < after.Count
            && string.Equals(before[prefix], after[prefix], StringComparison.Ordinal))
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < before.Count - prefix && suffix < after.Count - prefix
            && string.Equals(before[before.Count - 1 - suffix], after[after.Count - 1 - suffix], StringComparison.Ordinal))
        {
            suffix++;
        }

        int beforeMiddle = before.Count - prefix - suffix;
        int afterMiddle = after.Count - prefix - suffix;
        var script = new List<(DiffOp, string)>(prefix + beforeMiddle + afterMiddle + suffix);
        for (int i = 0; i < prefix; i++)
        {
            script.Add((DiffOp.Equal, before[i]));
        }

        bool[] deleted;
        bool[] inserted;
        if (beforeMiddle + afterMiddle > MaxTokens)
        {
            deleted = new bool[beforeMiddle];
            inserted = new bool[afterMiddle];
            Array.Fill(deleted, true);
            Array.Fill(inserted, true);
        }
        else
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            (deleted, inserted) = MyersDiff.Run(
                Intern(before, prefix, beforeMiddle, ids),
                Intern(after, prefix, afterMiddle, ids),
                MaxEditDistance,
                WorkBudget);
        }

        int b = 0, a = 0;
        while (b < beforeMiddle || a < afterMiddle)
        {
            if (b < beforeMiddle && deleted[b])
            {
                script.Add((DiffOp.Delete, before[prefix + b++]));
            }
            else if (a < afterMiddle && inserted[a])
            {
                script.Add((DiffOp.Insert, after[prefix + a++]));
            }
            else
            {
                script.Add((DiffOp.Equal, before[prefix + b]));
                b++;
                a++;
            }
        }

        for (int i = before.Count - suffix; i < before.Count; i++)
        {
            script.Add((DiffOp.Equal, before[i]));
        }

        return script;
    }

    private static int[] Intern(List<string> tokens, int start, int count, Dictionary<string, int> ids)
    {
        var result = new int[count];
        for (int i = 0; i < count; i++)
        {
            var token = tokens[start + i];
            if (!ids.TryGetValue(token, out var id))
            {
                id = ids.Count;
                ids.Add(token, id);
            }

            result[i] = id;
        }

        return result;
    }

    /// <summary>
    /// White space left equal between two changes becomes part of both, and each run of changes becomes one
    /// deletion followed by one insertion. Both texts are still rebuilt exactly.
    /// </summary>
    private static List<DiffSpan> JoinPhrases(List<DiffSpan> spans)
    {
        var result = new List<DiffSpan>(spans.Count);
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var between = span.Op == DiffOp.Equal && i > 0 && i + 1 < spans.Count
                && spans[i - 1].Op != DiffOp.Equal && spans[i + 1].Op != DiffOp.Equal
                && string.IsNullOrWhiteSpace(span.Text);
            if (span.Op == DiffOp.Equal && !between)
            {
                Flush(result, deleted, inserted);
                result.Add(span);
                continue;
            }

            if (span.Op != DiffOp.Insert)
            {
                deleted.Append(span.Text);
            }

            if (span.Op != DiffOp.Delete)
            {
                inserted.Append(span.Text);
            }
        }

        Flush(result, deleted, inserted);
        return result;
    }

    private static void Flush(List<DiffSpan> result, StringBuilder deleted, StringBuilder inserted)
    {
        if (deleted.Length > 0)
        {
            result.Add(new DiffSpan(DiffOp.Delete, deleted.ToString()));
        }

        if (inserted.Length > 0)
        {
            result.Add(new DiffSpan(DiffOp.Insert, inserted.ToString()));
        }

        deleted.Clear();
        inserted.Clear();
    }

    private static List<DiffSpan> Merge(List<(DiffOp Op, string Token)> script)
    {
        var spans = new List<DiffSpan>();
        var text = new StringBuilder();
        for (int i = 0; i < script.Count;)
        {
            var op = script[i].Op;
            text.Clear();
            for (; i < script.Count && script[i].Op == op; i++)
            {
                text.Append(script[i].Token);
            }

            spans.Add(new DiffSpan(op, text.ToString()));
        }

        return spans;
    }

    /// <summary>Lines with their terminating <c>\n</c>; the last one may lack it.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        while (start < text.Length)
        {
            int newline = text.AsSpan(start).IndexOf('\n');
            int end = newline < 0 ? text.Length : start + newline + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    private enum TokenKind
    {
        Word,
        Space,
        Other,
    }

    /// <summary>
    /// Runs of letters, digits and combining marks (any script), runs of white space, and single other
    /// characters (punctuation, symbols; a surrogate pair stays whole).
    /// </summary>
    private static List<string> SplitWords(string text)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            var kind = Classify(text, i, out var length);
            i += length;
            if (kind != TokenKind.Other)
            {
                while (i < text.Length && Classify(text, i, out length) == kind)
                {
                    i += length;
                }
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    private static TokenKind Classify(string text, int index, out int length)
    {
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out length);
        if (Rune.IsLetterOrDigit(rune))
        {
            return TokenKind.Word;
        }

        if (Rune.IsWhiteSpace(rune))
        {
            return TokenKind.Space;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark
            ? TokenKind.Word
            : TokenKind.Other;
    }
}
