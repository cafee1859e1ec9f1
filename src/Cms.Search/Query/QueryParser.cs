namespace Cms.Search.Query;

/// <summary>
/// Parses the useful part of Lucene's classic query syntax. Any input parses; nothing throws.
/// Precedence, tightest first: NOT (also "-" and "!"), then AND (explicit, "&&" or implicit by adjacency), then OR.
/// So "a b OR c" means "(a AND b) OR c", as on web search engines, not Lucene's SHOULD/MUST semantics.
/// </summary>
public static class QueryParser
{
    public const int MaxLength = 1000;
    public const int MaxTerms = 32;
    public const int MaxDepth = 10;

    public static ParsedQuery Parse(string? input)
    {
        var warnings = new List<string>();
        if (string.IsNullOrEmpty(input))
        {
            return new ParsedQuery(null, warnings.AsReadOnly());
        }

        var text = input;
        if (text.Length > MaxLength)
        {
            var cut = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            text = text[..cut];
            QueryWarnings.Add(warnings, QueryWarnings.Truncated);
        }

        var tokens = Limit(QueryLexer.Tokenize(text, warnings), warnings);
        var pos = 0;
        var root = ParseOr(tokens, ref pos, warnings);
        return new ParsedQuery(root, warnings.AsReadOnly());
    }

    /// <summary>
    /// Drops stray closing parentheses, parentheses nested deeper than <see cref="MaxDepth"/> (their content stays,
    /// ungrouped) and terms beyond <see cref="MaxTerms"/>. After this the parser's recursion is bounded and every
    /// closing parenthesis has an opening one.
    /// </summary>
    private static List<QueryToken> Limit(List<QueryToken> tokens, List<string> warnings)
    {
        var result = new List<QueryToken>(tokens.Count);
        var depth = 0;
        var terms = 0;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case QueryTokenKind.LParen:
                    if (++depth > MaxDepth)
                    {
                        QueryWarnings.Add(warnings, QueryWarnings.NestedTooDeeply);
                        continue;
                    }

                    break;
                case QueryTokenKind.RParen:
                    if (depth == 0)
                    {
                        QueryWarnings.Add(warnings, QueryWarnings.UnbalancedParenthesis);
                        continue;
                    }

                    if (depth-- > MaxDepth)
                    {
                        continue;
                    }

                    break;
                case QueryTokenKind.Word or QueryTokenKind.Phrase:
                    if (++terms > MaxTerms)
                    {
                        QueryWarnings.Add(warnings, QueryWarnings.TooManyTerms);
                        continue;
                    }

                    break;
            }

            result.Add(token);
        }

        if (depth > 0)
        {
            QueryWarnings.Add(warnings, QueryWarnings.UnbalancedParenthesis);
        }

        return result;
    }

    // orExpr := andExpr (OR andExpr)*; stops before ")" or at the end. Stray ORs are skipped.
    private static QueryNode? ParseOr(List<QueryToken> tokens, ref int pos, List<string> warnings, string? field = null)
    {
        var parts = new List<QueryNode>();
        while (pos < tokens.Count && tokens[pos].Kind != QueryTokenKind.RParen)
        {
            if (tokens[pos].Kind == QueryTokenKind.Or)
            {
                pos++;
                continue;
            }

            if (ParseAnd(tokens, ref pos, warnings, field) is { } node)
            {
                parts.Add(node);
            }
        }

        return Combine(parts, and: false);
    }

    // andExpr := unary ([AND] unary)*; stops before OR, ")" or at the end. Stray ANDs are skipped.
    private static QueryNode? ParseAnd(List<QueryToken> tokens, ref int pos, List<string> warnings, string? field)
    {
        var parts = new List<QueryNode>();
        while (pos < tokens.Count && tokens[pos].Kind is not (QueryTokenKind.Or or QueryTokenKind.RParen))
        {
            if (tokens[pos].Kind == QueryTokenKind.And)
            {
                pos++;
                continue;
            }

            if (ParseUnary(tokens, ref pos, warnings, field) is { } node)
            {
                parts.Add(node);
            }
        }

        return Combine(parts, and: true);
    }

    // unary := (NOT | "-" | "!" | "+" | FIELD)* primary. Always consumes at least one token; a prefix with
    // nothing to apply to is dropped. The innermost field wins.
    private static QueryNode? ParseUnary(List<QueryToken> tokens, ref int pos, List<string> warnings, string? field)
    {
        var negate = false;
        var sawField = false;
        while (pos < tokens.Count)
        {
            var token = tokens[pos];
            if (token.Kind is QueryTokenKind.Not or QueryTokenKind.Minus)
            {
                negate = !negate;
            }
            else if (token.Kind == QueryTokenKind.Field)
            {
                field = token.Text;
                sawField = true;
            }
            else if (token.Kind != QueryTokenKind.Plus)
            {
                break;
            }

            pos++;
        }

        if (pos >= tokens.Count || tokens[pos].Kind is not (QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.LParen))
        {
            if (sawField)
            {
                QueryWarnings.Add(warnings, QueryWarnings.FieldWithoutValue);
            }

            return null;
        }

        var node = ParsePrimary(tokens, ref pos, warnings, field);
        if (node is null || !negate)
        {
            return node;
        }

        return node is NotNode not ? not.Child : new NotNode(node);
    }

    // primary := WORD | PHRASE | "(" orExpr [")"]; an unclosed group ends at the end of the query.
    private static QueryNode? ParsePrimary(List<QueryToken> tokens, ref int pos, List<string> warnings, string? field)
    {
        var token = tokens[pos++];
        switch (token.Kind)
        {
            case QueryTokenKind.Word:
                return new TermNode(token.Text, field, token.IsPrefix);
            case QueryTokenKind.Phrase:
                return new PhraseNode(token.Text, field);
            default:
                var inner = ParseOr(tokens, ref pos, warnings, field);
                if (pos < tokens.Count && tokens[pos].Kind == QueryTokenKind.RParen)
                {
                    pos++;
                }

                return inner;
        }
    }

    private static QueryNode? Combine(List<QueryNode> parts, bool and)
    {
        var flat = new List<QueryNode>(parts.Count);
        foreach (var part in parts)
        {
            switch (part)
            {
                case AndNode inner when and:
                    flat.AddRange(inner.Children);
                    break;
                case OrNode inner when !and:
                    flat.AddRange(inner.Children);
                    break;
                default:
                    flat.Add(part);
                    break;
            }
        }

        return flat.Count switch
        {
            0 => null,
            1 => flat[0],
            _ => and ? new AndNode(flat.AsReadOnly()) : new OrNode(flat.AsReadOnly()),
        };
    }
}
