using Cms.Web.Localization;

namespace Cms.Web.Content.Rules;

/// <summary>
/// A linear scan, without Markdig, that refuses bodies Markdig cannot render safely or cheaply: block quotes and
/// lists nested too deep, too many brackets open at once, too many emphasis delimiters in one paragraph (each is a
/// nesting level while Markdig parses), and too many links (its autolink parser looks back over every earlier
/// inline of the paragraph for each candidate, quadratic in their number).
/// </summary>
internal static class MarkdownSafety
{
    public const int MaxEmphasisDelimitersPerParagraph = 2_000;

    /// <summary>The first problem of <paramref name="markdown"/> with its 1-based line, or null when it is safe.</summary>
    public static RuleViolation? Check(string markdown, string field = "body")
    {
        var line = 1;
        var brackets = 0;
        var delimiters = 0;
        var links = 0;
        var start = 0;
        while (start <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0)
            {
                end = markdown.Length;
            }

            var text = markdown.AsSpan(start, end - start);
            if (text.IsWhiteSpace())
            {
                brackets = 0;
                delimiters = 0;
            }
            else
            {
                var (depth, contentStart) = BlockDepth(text);
                if (depth > ContentLimits.MarkdownNesting)
                {
                    return new RuleViolation(field, new UiMessage("Error.Markdown.Nesting", line, depth, ContentLimits.MarkdownNesting), line);
                }

                if (ScanInline(text[contentStart..], ref brackets, ref delimiters, ref links) is { } problem)
                {
                    return new RuleViolation(field, new UiMessage(problem.Key, [line, .. problem.Args]), line);
                }
            }

            line++;
            start = end + 1;
        }

        return null;
    }

    private static (int Depth, int ContentStart) BlockDepth(ReadOnlySpan<char> line)
    {
        var quotes = 0;
        var markers = 0;
        var indent = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c is ' ' or '\t')
            {
                if (quotes == 0 && markers == 0)
                {
                    indent += c == '\t' ? 4 : 1;
                }

                i++;
            }
            else if (c == '>')
            {
                quotes++;
                i++;
            }
            else if (ListMarkerLength(line[i..]) is > 0 and var length)
            {
                markers++;
                i += length;
            }
            else
            {
                break;
            }
        }

        return (quotes + markers + (markers > 0 ? indent / 2 : 0), i);
    }

    /// <summary>Length of a list marker (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>, <c>1)</c>) followed by a space or the line's end; 0 when none.</summary>
    private static int ListMarkerLength(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (text[0] is '-' or '*' or '+')
        {
            i = 1;
        }
        else
        {
            while (i < text.Length && i < 9 && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == 0 || i >= text.Length || text[i] is not ('.' or ')'))
            {
                return 0;
            }

            i++;
        }

        return i == text.Length || text[i] is ' ' or '\t' ? i : 0;
    }

    /// <summary>The problem of a line as a message whose first argument (the line) the caller adds.</summary>
    private static (string Key, object[] Args)? ScanInline(ReadOnlySpan<char> text, ref int brackets, ref int delimiters, ref int links)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    if (++brackets > ContentLimits.MarkdownNesting)
                    {
                        return ("Error.Markdown.Brackets", [ContentLimits.MarkdownNesting]);
                    }

                    break;
                case ']':
                    brackets = Math.Max(0, brackets - 1);
                    if (i + 1 < text.Length && text[i + 1] == '(' && ++links > ContentLimits.MarkdownLinks)
                    {
                        return TooManyLinks();
                    }

                    break;
                case '*' or '_' or '~' or '^' or '+' or '=':
                    var run = i;
                    while (run < text.Length && text[run] == c)
                    {
                        run++;
                    }

                    if ((run - i > 1 || c is not ('+' or '=')) && ++delimiters > MaxEmphasisDelimitersPerParagraph)
                    {
                        return ("Error.Markdown.Emphasis", [MaxEmphasisDelimitersPerParagraph]);
                    }

                    i = run - 1;
                    break;
                case 'h' or 'H' or 'w' or 'W' or 'f' or 'F' or 'm' or 'M':
                    if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && !text[..i].EndsWith("](", StringComparison.Ordinal)
                        && IsAutolinkStart(text[i..]) && ++links > ContentLimits.MarkdownLinks)
                    {
                        return TooManyLinks();
                    }

                    break;
            }
        }

        return null;
    }

    private static bool IsAutolinkStart(ReadOnlySpan<char> text) =>
        text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static (string Key, object[] Args) TooManyLinks() => ("Error.Markdown.Links", [ContentLimits.MarkdownLinks]);
}
