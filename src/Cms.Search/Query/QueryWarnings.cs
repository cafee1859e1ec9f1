namespace Cms.Search.Query;

/// <summary>The warnings <see cref="QueryParser"/> reports (short English texts, each at most once per query).</summary>
public static class QueryWarnings
{
    public const string Truncated = "query truncated to 1000 characters";
    public const string TooManyTerms = "too many terms";
    public const string UnbalancedQuote = "unbalanced quote";
    public const string UnbalancedParenthesis = "unbalanced parenthesis";
    public const string NestedTooDeeply = "groups nested too deeply";
    public const string FieldWithoutValue = "field without value";
    public const string PrefixTooShort = "a prefix needs at least 3 letters before *; shorter ones were left out";
    public const string TooManyPrefixes = "at most 4 prefix terms (word*) per query; the rest were left out";

    internal static void Add(List<string> warnings, string warning)
    {
        if (!warnings.Contains(warning))
        {
            warnings.Add(warning);
        }
    }
}
