namespace Cms.Search.Analysis.Common;

/// <summary>
/// Keeps a hyphenated name whole (as a keyword, never stemmed) and adds its parts after it, so
/// «Ак-Ордо-3» is found by «Ак-Ордо-3» and by «Ордо».
/// </summary>
public sealed class HyphenatedPartsFilter : ITokenFilter
{
    public string Version => "hyphen-parts-1";

    public void Process(in Token token, List<Token> output)
    {
        var term = token.Term;
        var hyphen = term.IndexOfAny(['-', '\u2010', '\u2011']);
        if (hyphen < 0)
        {
            output.Add(token);
            return;
        }

        output.Add(token with { IsKeyword = true });
        var partStart = 0;
        for (var i = 0; i <= term.Length; i++)
        {
            if (i < term.Length && term[i] is not ('-' or '\u2010' or '\u2011'))
            {
                continue;
            }

            if (i > partStart)
            {
                output.Add(new Token(term[partStart..i], token.Position, token.Start + partStart, token.Start + i));
            }

            partStart = i + 1;
        }
    }
}
