using System.Text.RegularExpressions;
using Cms.Search.Analysis;

namespace Cms.Web.Newsroom.Splitting;

/// <summary>
/// Cuts a pasted press release holding several languages (one after another, with or without a rule line
/// between them) into one proposed translation per language.
/// </summary>
/// <remarks>
/// Text with no Cyrillic or Georgian letters at all comes back as one part in <see cref="Undetermined"/>
/// ("und", BCP 47's undetermined language) rather than with no language, so that callers always get a code
/// and the editor picks the real one.
/// </remarks>
internal sealed partial class TextSplitter
{
    public const string Undetermined = "und";

    // Below this many letters a Cyrillic block (a title, a dateline, a contact line) is too short for telling
    // Kyrgyz from Russian by itself; it takes its language from its neighbours.
    private const int ConfidentLetters = 80;
    private const int TitleMaxLength = 200;
    private const int SentenceTitleMaxLength = 150;

    private static readonly string[] SourceWords = ["источник", "булак", "булагы", "წყარო", "source"];
    private static readonly string[] HomeWords = ["главная", "башкы бет", "башкы барак", "მთავარი", "home"];
    private static readonly string[] Abbreviations =
        ["г", "гг", "ул", "им", "т", "д", "др", "см", "стр", "тел", "обл", "мкр", "ж", "пр", "проф", "тыйын"];

    public IReadOnlyList<SplitPart> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = ReadBlocks(text);
        var content = blocks.Where(b => !b.IsRule).ToList();
        if (content.Count == 0)
        {
            return [];
        }

        foreach (var block in content)
        {
            block.Identified = LanguageIdentifier.Identify(block.Text);
            block.Letters = block.Lines.Sum(CountLetters);
            block.IsConfident = block.Identified == "ka"
                || (block.Identified is not null && block.Letters >= ConfidentLetters);
            block.Language = block.Identified;
        }

        foreach (var segment in content.GroupBy(b => b.Segment))
        {
            var segmentBlocks = segment.ToList();
            SmoothFlipFlops(segmentBlocks.Where(b => b.IsConfident).ToList());
            ResolveWeakBlocks(segmentBlocks);
        }

        var parts = new List<SplitPart>();
        foreach (var (language, partBlocks) in GroupParts(blocks))
        {
            if (ToPart(language ?? Undetermined, partBlocks) is { } part)
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    private static List<TextBlock> ReadBlocks(string text)
    {
        var blocks = new List<TextBlock>();
        var segment = 0;
        TextBlock? current = null;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        foreach (var raw in lines)
        {
            var line = raw.Trim().Trim('\uFEFF', '\u200B').Trim();
            if (line.Length == 0)
            {
                current = null;
            }
            else if (RuleLine().IsMatch(line))
            {
                current = null;
                var rule = new TextBlock(segment, isRule: true);
                rule.Lines.Add(line);
                blocks.Add(rule);
                segment++;
            }
            else if (!IsBreadcrumb(line))
            {
                if (current is null)
                {
                    current = new TextBlock(segment, isRule: false);
                    blocks.Add(current);
                }

                current.Lines.Add(line);
            }
        }

        return blocks;
    }

    private static bool IsBreadcrumb(string line)
    {
        if (line.Split(" | ").Length >= 3)
        {
            return true;
        }

        var lower = line.ToLowerInvariant();
        foreach (var home in HomeWords)
        {
            if (lower.StartsWith(home, StringComparison.Ordinal) && lower.Length > home.Length + 2
                && lower.AsSpan(home.Length).TrimStart() is [ '|' or '»' or '>' or '/' or '→', ..])
            {
                return true;
            }
        }

        return false;
    }

    // A lone paragraph in another language inside a run of one language (a quotation, a name-heavy sentence)
    // belongs to the run; a whole run of paragraphs does not.
    private static void SmoothFlipFlops(List<TextBlock> confident)
    {
        for (var pass = 0; pass < 3; pass++)
        {
            var runs = Runs(confident);
            var changed = false;
            for (var i = 1; i < runs.Count - 1; i++)
            {
                var (before, run, after) = (runs[i - 1], runs[i], runs[i + 1]);
                if (before.Language == after.Language && run.Count == 1
                    && run.Letters < Math.Min(before.Letters, after.Letters))
                {
                    confident[run.Start].Language = before.Language;
                    changed = true;
                }
            }

            if (!changed)
            {
                return;
            }
        }
    }

    private static List<(string? Language, int Start, int Count, int Letters)> Runs(List<TextBlock> blocks)
    {
        var runs = new List<(string? Language, int Start, int Count, int Letters)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (runs.Count > 0 && runs[^1].Language == blocks[i].Language)
            {
                var last = runs[^1];
                runs[^1] = (last.Language, last.Start, last.Count + 1, last.Letters + blocks[i].Letters);
            }
            else
            {
                runs.Add((blocks[i].Language, i, 1, blocks[i].Letters));
            }
        }

        return runs;
    }

    // Short blocks follow their neighbours: a title the text after it, a contact line or footnote the text
    // before it. The block's own guess only breaks a tie between two neighbours in different languages; a
    // Latin-only line there (a site footer, "Tel.: …") ends the part before rather than titling the next.
    private static void ResolveWeakBlocks(List<TextBlock> segment)
    {
        var previous = new string?[segment.Count];
        var next = new string?[segment.Count];
        string? seen = null;
        for (var i = 0; i < segment.Count; i++)
        {
            previous[i] = seen;
            seen = segment[i].IsConfident ? segment[i].Language : seen;
        }

        seen = null;
        for (var i = segment.Count - 1; i >= 0; i--)
        {
            next[i] = seen;
            seen = segment[i].IsConfident ? segment[i].Language : seen;
        }

        for (var i = 0; i < segment.Count; i++)
        {
            var block = segment[i];
            if (block.IsConfident)
            {
                continue;
            }

            var (before, after, own) = (previous[i], next[i], block.Identified);
            block.Language = (before, after) switch
            {
                (null, null) => own,
                (null, _) => after,
                (_, null) => before,
                _ when before == after => before,
                _ when own is null => before,
                _ when own == before => before,
                _ when own == after => after,
                _ => block.Lines.Count == 1 && IsTitleLike(block.Lines[0]) ? after : before,
            };
        }
    }

    private static List<(string? Language, List<TextBlock> Blocks)> GroupParts(List<TextBlock> blocks)
    {
        var parts = new List<(string? Language, List<TextBlock> Blocks)>();
        TextBlock? pendingRule = null;
        foreach (var block in blocks)
        {
            if (block.IsRule)
            {
                pendingRule = block;
                continue;
            }

            if (parts.Count > 0 && parts[^1].Language == block.Language)
            {
                if (pendingRule is not null)
                {
                    parts[^1].Blocks.Add(pendingRule);
                }

                parts[^1].Blocks.Add(block);
            }
            else
            {
                parts.Add((block.Language, pendingRule is null ? [block] : [pendingRule, block]));
            }

            pendingRule = null;
        }

        // Parts of short blocks only (a contact block after a rule, a Latin footer) join a neighbour when the
        // text has parts of real evidence; otherwise (a text of a few short lines) each keeps its own guess.
        var anyConfident = parts.Exists(p => p.Blocks.Exists(b => b.IsConfident));
        for (var i = 0; i < parts.Count && parts.Count > 1;)
        {
            if ((parts[i].Language is null || anyConfident) && !parts[i].Blocks.Exists(b => b.IsConfident))
            {
                if (i > 0)
                {
                    parts[i - 1].Blocks.AddRange(parts[i].Blocks);
                }
                else
                {
                    parts[1].Blocks.InsertRange(0, parts[0].Blocks);
                }

                parts.RemoveAt(i);
            }
            else
            {
                i++;
            }
        }

        for (var i = 1; i < parts.Count;)
        {
            if (parts[i - 1].Language == parts[i].Language)
            {
                parts[i - 1].Blocks.AddRange(parts[i].Blocks);
                parts.RemoveAt(i);
            }
            else
            {
                i++;
            }
        }

        return parts;
    }

    private static SplitPart? ToPart(string language, List<TextBlock> blocks)
    {
        var paragraphs = blocks.Select(b => b.Lines.ToList()).ToList();
        while (paragraphs.Count > 0 && IsRuleParagraph(paragraphs[0]))
        {
            paragraphs.RemoveAt(0);
        }

        while (paragraphs.Count > 0 && (IsRuleParagraph(paragraphs[^1]) || IsSourceLine(paragraphs[^1])))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        if (paragraphs.Count == 0)
        {
            return null;
        }

        var positions = LinePositions(paragraphs).ToList();
        var first = positions.FindIndex(p => IsTitleSource(paragraphs[p.Paragraph][p.Line])
            && (language == Undetermined || LanguageIdentifier.Identify(paragraphs[p.Paragraph][p.Line]) is not null));
        if (first < 0)
        {
            first = 0;
        }

        // A teaser cut short ("Семинар - ...") before the full title line.
        var (tp, tl) = positions[first];
        if (first + 1 < positions.Count && IsTeaserOf(paragraphs[tp][tl], At(paragraphs, positions[first + 1])))
        {
            paragraphs[tp][tl] = string.Empty;
            (tp, tl) = positions[first + 1];
        }

        var titleLine = paragraphs[tp][tl];
        string title;
        if (IsTitleLike(titleLine))
        {
            title = titleLine;
            paragraphs[tp][tl] = string.Empty;
            RemoveRepeatedTitle(paragraphs, tp, title);
        }
        else
        {
            title = Headline.TitleFrom(FirstSentence(string.Join(' ', paragraphs[tp].Skip(tl))));
        }

        var body = string.Join(
            "\n\n",
            paragraphs
                .Select(p => string.Join('\n', p.Where(l => l.Length > 0)))
                .Where(p => p.Length > 0));
        return new SplitPart(language, title, body, DateFinder.Find(title + "\n\n" + body));
    }

    private static IEnumerable<(int Paragraph, int Line)> LinePositions(List<List<string>> paragraphs)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            for (var l = 0; l < paragraphs[p].Count; l++)
            {
                yield return (p, l);
            }
        }
    }

    private static string At(List<List<string>> paragraphs, (int Paragraph, int Line) position) =>
        paragraphs[position.Paragraph][position.Line];

    // The title may be repeated near the top, e.g. after a dateline and a press contact.
    private static void RemoveRepeatedTitle(List<List<string>> paragraphs, int titleParagraph, string title)
    {
        var normalized = NormalizeSpaces(title);
        for (var p = titleParagraph; p < Math.Min(paragraphs.Count, titleParagraph + 3); p++)
        {
            for (var l = 0; l < paragraphs[p].Count; l++)
            {
                if (string.Equals(NormalizeSpaces(paragraphs[p][l]), normalized, StringComparison.OrdinalIgnoreCase))
                {
                    paragraphs[p][l] = string.Empty;
                }
            }
        }
    }

    private static bool IsTeaserOf(string line, string next)
    {
        var stem = line.TrimEnd('.', '…', ' ');
        return stem.Length >= 10 && stem.Length < line.Length && next.Length > stem.Length
            && next.StartsWith(stem, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsTitleSource(string line) => CountLetters(line) >= 3 && !IsContactLike(line);

    private static bool IsTitleLike(string line)
    {
        if (line.Length > TitleMaxLength || !IsTitleSource(line))
        {
            return false;
        }

        var last = line[^1];
        return last is not (',' or ':' or ';') && (last != '.' || line.EndsWith("...", StringComparison.Ordinal));
    }

    private static bool IsContactLike(string line)
    {
        var digits = line.Count(char.IsAsciiDigit);
        return (digits >= 7 && digits * 3 > CountLetters(line))
            || line.Contains('@', StringComparison.Ordinal)
            || line.Contains("://", StringComparison.Ordinal)
            || line.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsRuleParagraph(List<string> paragraph) =>
        paragraph.Count == 1 && RuleLine().IsMatch(paragraph[0]);

    private static bool IsSourceLine(List<string> paragraph)
    {
        if (paragraph.Count != 1)
        {
            return false;
        }

        var word = paragraph[0].TrimEnd(':', '.', ' ').ToLowerInvariant();
        return Array.IndexOf(SourceWords, word) >= 0;
    }

    private static string FirstSentence(string text)
    {
        var end = text.Length;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' or '…' && char.IsWhiteSpace(text[i + 1]) && StartsSentence(text, i + 1)
                && !(text[i] == '.' && IsAbbreviation(text, i)))
            {
                end = i + 1;
                break;
            }
        }

        var sentence = text[..end].Trim();
        if (sentence.Length > SentenceTitleMaxLength)
        {
            var cut = sentence.LastIndexOf(' ', SentenceTitleMaxLength);
            sentence = (cut > 0 ? sentence[..cut] : sentence[..SentenceTitleMaxLength])
                .TrimEnd(',', ';', ':', ' ', '-', '—') + "…";
        }
        else if (sentence.EndsWith('.') && !sentence.EndsWith("...", StringComparison.Ordinal))
        {
            sentence = sentence[..^1];
        }

        return sentence;
    }

    private static bool StartsSentence(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return false;
        }

        var c = text[i];
        return char.IsUpper(c) || char.IsDigit(c) || c is '«' or '"' or '“' or '„' or '—' or '–' or '-'
            || c is >= '\u10D0' and <= '\u10FF';
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..dot];
        return (word.Length == 1 && char.IsUpper(word[0]))
            || Array.IndexOf(Abbreviations, word.ToLowerInvariant()) >= 0;
    }

    private static string NormalizeSpaces(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int CountLetters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsLetter(c) ? 1 : 0;
        }

        return count;
    }

    [GeneratedRegex(@"^[-_—–=*~](?:\s*[-_—–=*~]){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleLine();
}
