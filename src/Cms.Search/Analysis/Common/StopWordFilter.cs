using System.Collections.Frozen;

namespace Cms.Search.Analysis.Common;

/// <summary>Drops the language's most frequent function words.</summary>
public sealed class StopWordFilter(string name, FrozenSet<string> words) : ITokenFilter
{
    public string Version { get; } = $"stop-{name}-{words.Count}";

    public FrozenSet<string> Words => words;

    public void Process(in Token token, List<Token> output)
    {
        if (!words.Contains(token.Term))
        {
            output.Add(token);
        }
    }
}
