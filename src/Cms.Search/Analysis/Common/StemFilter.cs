using System.Security.Cryptography;
using System.Text;

namespace Cms.Search.Analysis.Common;

/// <summary>Replaces each term (except keywords and numbers) by its stem.</summary>
public sealed class StemFilter : ITokenFilter
{
    public StemFilter(string name, Func<string, string> stem, IEnumerable<string> probe)
    {
        Stem = stem;
        Version = $"stem-{name}-{Fingerprint(stem, probe)}";
    }

    public Func<string, string> Stem { get; }

    /// <summary>Named after the stemmer's output on a probe list, so a changed stemmer changes the version by itself.</summary>
    public string Version { get; }

    public void Process(in Token token, List<Token> output)
    {
        if (token.IsKeyword || char.IsDigit(token.Term[0]))
        {
            output.Add(token);
            return;
        }

        var stemmed = Stem(token.Term);
        output.Add(stemmed.Length == 0 ? token : token with { Term = stemmed });
    }

    private static string Fingerprint(Func<string, string> stem, IEnumerable<string> probe)
    {
        var text = string.Join('\n', probe.Order(StringComparer.Ordinal).Select(stem));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
    }
}
