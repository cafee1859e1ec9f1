namespace Cms.Search.Analysis.Common;

/// <summary>Applies <see cref="TermNormalizer"/> to every token.</summary>
public sealed class NormalizationFilter : ITokenFilter
{
    public string Version => "normalize-1";

    public void Process(in Token token, List<Token> output)
    {
        var term = TermNormalizer.Normalize(token.Term);
        if (term.Length > 0)
        {
            output.Add(token with { Term = term });
        }
    }
}
