using System.Buffers;
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

    private delegate bool SpanPredicate(ReadOnlySpan<char> prefix);
    private const int ScanLimit = 8_000;
    private const int Lead = 60;
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(" \t\r\n\u00A0");

    /// <param name="words">Tokenizes and normalises without stemming (the neutral chain). It runs only on words whose
    /// first letters could begin a query term, and only those are stemmed, so a long body costs little.</param>
    public static string? Build(string text, Analyzer words, Analyzer analyzer, IReadOnlySet<string> terms, IReadOnlySet<string> looseKeys) =>
        Build(text, words, analyzer, new SnippetQuery(terms, looseKeys));

    public static string? Build(string text, Analyzer words, Analyzer analyzer, SnippetQuery query)
    {
        var length = Math.Min(text.Length, ScanLimit);
        var marks = query.Phrases.Count == 0
            ? Marks(text, length, words, query.StartLetters, query.Starts.Contains, query.WordMarks(analyzer, loose: false), token => query.Terms.Contains(token.Term) || query.Terms.Contains(analyzer.Stem(token.Term)))
            : PhraseMarks(text, length, words, analyzer, query);
        if (marks.Count == 0 && query.LooseKeys.Count > 0)
        {
            // Only when no exact form is there: a loose key costs a romanisation, so sift by the key of the first
            // letters, once per distinct beginning.
            marks = Marks(text, length, words, null, query.LooseStartContains, query.WordMarks(analyzer, loose: true), token =>
                query.LooseKeys.Contains(LooseKey.For(token.Term)) || query.LooseKeys.Contains(LooseKey.For(analyzer.Stem(token.Term))));
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


    /// <summary>The matching words among the first <paramref name="length"/> characters. A word (or a part of a
    /// hyphenated one) is analysed only when <paramref name="sift"/> lets its normalised first letters through, and
    /// only the first time: what matches in a word depends on the word alone, so <paramref name="memo"/> keeps it
    /// (the same words recur through a page's texts). With <paramref name="letters"/> (what a word that passes must
    /// contain), only the words around them are looked at.</summary>
    private static List<(int Start, int End)> Marks(
        string text, int length, Analyzer words, SearchValues<char>? letters, SpanPredicate sift, Dictionary<string, (int Start, int End)[]> memo,
        Func<Token, bool> isMatch)
    {
        var marks = new List<(int Start, int End)>();
        var known = memo.GetAlternateLookup<ReadOnlySpan<char>>();
        ScanAround(text, length, letters, (start, end) =>
        {
            var word = text.AsSpan(start, end - start);
            if (!AnyPartSifted(word, sift))
            {
                return;
            }

            if (!known.TryGetValue(word, out var found))
            {
                found = [.. words.Analyze(word.ToString()).Where(isMatch).Select(t => (t.Start, t.End))];
                known[word] = found;
            }

            foreach (var (tokenStart, tokenEnd) in found)
            {
                var (from, to) = (start + tokenStart, start + tokenEnd);
                if (marks.Count > 0 && from < marks[^1].End)
                {
                    marks[^1] = (marks[^1].Start, Math.Max(marks[^1].End, to));
                }
                else
                {
                    marks.Add((from, to));
                }
            }
        });
        return marks;
    }

    /// <summary>The tokens of the first <paramref name="length"/> characters, as <see cref="UnicodeWordTokenizer.Scan"/>
    /// cuts them, that contain one of <paramref name="letters"/> (and a few of their neighbours); all of them without
    /// letters. The tokenizer restarts after the last white space before each letter found: no token spans white
    /// space, so from there it cuts the text as a scan from the start would.</summary>
    internal static void ScanAround(string text, int length, SearchValues<char>? letters, Action<int, int> token)
    {
        if (letters is null)
        {
            UnicodeWordTokenizer.Scan(text, length, token);
            return;
        }

        var i = 0;
        while (i < length)
        {
            var found = text.AsSpan(i, length - i).IndexOfAny(letters);
            if (found < 0)
            {
                return;
            }

            var at = i + found;
            var space = text.AsSpan(i, at - i).LastIndexOfAny(WhiteSpace);
            i = space < 0 ? i : i + space + 1;
            while (UnicodeWordTokenizer.Next(text, length, ref i, out var start, out var end))
            {
                token(start, end);
                if (i > at)
                {
                    break; // past the run that holds the letter
                }
            }
        }
    }

    /// <summary>
    /// The matching words when the query has phrases: single terms anywhere, a phrase's words only where they follow
    /// one another as in the phrase (stop words between them, which the index skips, do not break it), marked from its
    /// first word to its last.
    /// </summary>
    private static List<(int Start, int End)> PhraseMarks(string text, int length, Analyzer words, Analyzer analyzer, SnippetQuery query)
    {
        var marks = new List<(int Start, int End)>();
        var candidates = new List<(int Start, int End, int Position, string Term, string Stem)>();
        var position = 0;
        UnicodeWordTokenizer.Scan(text, length, (start, end) =>
        {
            if (!AnyPartSifted(text.AsSpan(start, end - start), query.Starts.Contains))
            {
                if (!analyzer.IsStopWord(TermNormalizer.Normalize(text[start..end])))
                {
                    position++;
                }

                return;
            }

            var counts = false;
            foreach (var token in words.Analyze(text[start..end]))
            {
                counts |= !analyzer.IsStopWord(token.Term);
                var stem = analyzer.Stem(token.Term);
                if (query.Terms.Contains(token.Term) || query.Terms.Contains(stem))
                {
                    marks.Add((start + token.Start, start + token.End));
                }
                else if (query.PhraseTerms.Contains(token.Term) || query.PhraseTerms.Contains(stem))
                {
                    candidates.Add((start + token.Start, start + token.End, position, token.Term, stem));
                }
            }

            if (counts)
            {
                position++;
            }
        });

        foreach (var phrase in query.Phrases)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                if (!IsAt(candidates, i, candidates[i].Position, phrase[0]))
                {
                    continue;
                }

                var last = i;
                for (var k = 1; k < phrase.Length && last >= 0; k++)
                {
                    last = Find(candidates, last + 1, candidates[i].Position + k, phrase[k]);
                }

                if (last >= 0)
                {
                    marks.Add((candidates[i].Start, candidates[last].End));
                }
            }
        }

        marks.Sort();
        var merged = new List<(int Start, int End)>(marks.Count);
        foreach (var mark in marks)
        {
            if (merged.Count > 0 && mark.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, mark.End));
            }
            else
            {
                merged.Add(mark);
            }
        }

        return merged;
    }

    /// <summary>The first candidate from <paramref name="from"/> on at <paramref name="position"/> with this term, or -1.</summary>
    private static int Find(List<(int Start, int End, int Position, string Term, string Stem)> candidates, int from, int position, string term)
    {
        for (var j = from; j < candidates.Count && candidates[j].Position <= position; j++)
        {
            if (IsAt(candidates, j, position, term))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool IsAt(List<(int Start, int End, int Position, string Term, string Stem)> candidates, int index, int position, string term) =>
        candidates[index].Position == position && (candidates[index].Term == term || candidates[index].Stem == term);

    /// <summary>Whether the word's beginning, or the beginning of one of its hyphenated parts, passes the sieve: a
    /// hyphenated name is a term whole (ак-ордо-3) and by its parts (ордо).</summary>
    private static bool AnyPartSifted(ReadOnlySpan<char> word, SpanPredicate sift)
    {
        Span<char> prefix = stackalloc char[3];
        var whole = Prefix(word, prefix);
        if (whole < 0 || sift(prefix[..whole]))
        {
            return true;
        }

        var partStart = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && !UnicodeWordTokenizer.IsHyphen(word[i]))
            {
                continue;
            }

            if (i > partStart)
            {
                var part = word[partStart..i];
                var n = Prefix(part, prefix);
                if (n < 0 || sift(prefix[..n]))
                {
                    return true;
                }
            }

            partStart = i + 1;
        }

        return false;
    }

    /// <summary>
    /// The first three letters as <see cref="TermNormalizer"/> would leave them (lower case, ё → е, Mtavruli →
    /// Mkhedruli, stress marks gone); -1 when another combining mark is there and only the full chain can tell.
    /// </summary>
    private static int Prefix(ReadOnlySpan<char> word, Span<char> prefix)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (n == prefix.Length)
            {
                break;
            }

            switch (SiftLetters.Fold(c))
            {
                case SiftLetters.Skip:
                    continue;
                case SiftLetters.Unknown:
                    return -1;
                case var folded:
                    prefix[n++] = (char)folded;
                    break;
            }
        }

        return n;
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
