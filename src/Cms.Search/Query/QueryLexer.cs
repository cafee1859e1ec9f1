using System.Text;

namespace Cms.Search.Query;

/// <summary>
/// Splits a (already length-limited) query into tokens. Never throws: characters with no meaning of their own
/// stay inside words, and the analyzer splits them later.
/// </summary>
internal static class QueryLexer
{
    public static List<QueryToken> Tokenize(string text, List<string> warnings)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSeparator(c))
            {
                i++;
                continue;
            }

            switch (c)
            {
                case '"':
                    i = ReadPhrase(text, i + 1, tokens, warnings);
                    continue;
                case '(':
                    tokens.Add(new QueryToken(QueryTokenKind.LParen));
                    i++;
                    continue;
                case ')':
                    tokens.Add(new QueryToken(QueryTokenKind.RParen));
                    i++;
                    continue;
                case '^' or '~':
                    // Lucene boost / fuzziness / slop ("a^2", "a~", "\"a b\"~3"): dropped with its number.
                    i++;
                    while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                    {
                        i++;
                    }

                    continue;
                case '+' or '-' or '!':
                    // Only a prefix when glued to its operand: "a - b" is two words, not "a NOT b".
                    if (i + 1 < text.Length && !IsSeparator(text[i + 1]))
                    {
                        var kind = c switch
                        {
                            '+' => QueryTokenKind.Plus,
                            '-' => QueryTokenKind.Minus,
                            _ => QueryTokenKind.Not,
                        };
                        tokens.Add(new QueryToken(kind));
                    }

                    i++;
                    continue;
                case '&' when Next(text, i) == '&':
                    tokens.Add(new QueryToken(QueryTokenKind.And));
                    i += 2;
                    continue;
                case '|' when Next(text, i) == '|':
                    tokens.Add(new QueryToken(QueryTokenKind.Or));
                    i += 2;
                    continue;
            }

            var letters = i;
            while (letters < text.Length && char.IsAsciiLetter(text[letters]))
            {
                letters++;
            }

            if (letters < text.Length && text[letters] == ':' && FieldName(text.AsSpan(i, letters - i)) is { } field)
            {
                i = letters + 1;
                if (i >= text.Length || IsSeparator(text[i]) || text[i] == ')')
                {
                    QueryWarnings.Add(warnings, QueryWarnings.FieldWithoutValue);
                }
                else
                {
                    tokens.Add(new QueryToken(QueryTokenKind.Field, field));
                }

                continue;
            }

            var start = i;
            while (i < text.Length && !EndsWord(text[i]))
            {
                i++;
            }

            AddWord(text.AsSpan(start, i - start), tokens);
        }

        return tokens;
    }

    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    private static bool EndsWord(char c) => IsSeparator(c) || c is '"' or '(' or ')' or '^' or '~';

    private static char Next(string text, int i) => i + 1 < text.Length ? text[i + 1] : '\0';

    private static string? FieldName(ReadOnlySpan<char> name)
    {
        foreach (var field in (ReadOnlySpan<string>)["title", "lang", "kind", "place", "tag"])
        {
            if (name.Equals(field, StringComparison.OrdinalIgnoreCase))
            {
                return field;
            }
        }

        return null;
    }

    private static void AddWord(ReadOnlySpan<char> word, List<QueryToken> tokens)
    {
        if (word.SequenceEqual("AND"))
        {
            tokens.Add(new QueryToken(QueryTokenKind.And));
            return;
        }

        if (word.SequenceEqual("OR"))
        {
            tokens.Add(new QueryToken(QueryTokenKind.Or));
            return;
        }

        if (word.SequenceEqual("NOT"))
        {
            tokens.Add(new QueryToken(QueryTokenKind.Not));
            return;
        }

        var trimmed = word.TrimEnd('*');
        var isPrefix = trimmed.Length < word.Length;
        trimmed = trimmed.TrimStart('*');
        if (!trimmed.IsEmpty)
        {
            tokens.Add(new QueryToken(QueryTokenKind.Word, trimmed.ToString(), isPrefix));
        }
    }

    /// <summary>Reads from just after the opening quote; an unclosed quote runs to the end.</summary>
    private static int ReadPhrase(string text, int start, List<QueryToken> tokens, List<string> warnings)
    {
        var end = text.IndexOf('"', start);
        if (end < 0)
        {
            QueryWarnings.Add(warnings, QueryWarnings.UnbalancedQuote);
            end = text.Length;
        }

        // Whitespace and control characters inside the quotes collapse to single spaces.
        var builder = new StringBuilder(end - start);
        var i = start;
        while (i < end)
        {
            while (i < end && IsSeparator(text[i]))
            {
                i++;
            }

            var wordStart = i;
            while (i < end && !IsSeparator(text[i]))
            {
                i++;
            }

            if (i > wordStart)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(text, wordStart, i - wordStart);
            }
        }

        if (builder.Length > 0)
        {
            tokens.Add(new QueryToken(QueryTokenKind.Phrase, builder.ToString()));
        }

        return Math.Min(end + 1, text.Length);
    }
}
