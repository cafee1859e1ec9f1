using Cms.Search.Query;

namespace Cms.Search.Searching;

/// <summary>
/// What one query may cost: words compiled, prefix words among them, and letters before a "*". First come, first
/// served; what does not fit is left out with a warning, so no typed input makes a search walk most of the index.
/// </summary>
internal sealed class QueryBudget(int maxWords, int maxPrefixes, int minPrefixLength)
{
    public int Words { get; private set; }

    public int Prefixes { get; private set; }

    public int WordsLeft => Math.Max(0, maxWords - Words);

    public List<string> Warnings { get; } = [];

    public bool TryTakeWord(bool isPrefix, string surface)
    {
        if (Words >= maxWords)
        {
            QueryWarnings.Add(Warnings, QueryWarnings.TooManyTerms);
            return false;
        }

        if (isPrefix)
        {
            if (surface.Count(char.IsLetterOrDigit) < minPrefixLength)
            {
                QueryWarnings.Add(Warnings, QueryWarnings.PrefixTooShort);
                return false;
            }

            if (Prefixes >= maxPrefixes)
            {
                QueryWarnings.Add(Warnings, QueryWarnings.TooManyPrefixes);
                return false;
            }

            Prefixes++;
        }

        Words++;
        return true;
    }

    public void TakePhrase(int words, bool wasCut)
    {
        Words += words;
        if (wasCut)
        {
            QueryWarnings.Add(Warnings, QueryWarnings.TooManyTerms);
        }
    }
}
