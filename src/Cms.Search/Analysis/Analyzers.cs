using System.Collections.Frozen;
using Cms.Search.Analysis.Common;
using Cms.Search.Analysis.Ka;
using Cms.Search.Analysis.Ky;
using Cms.Search.Analysis.Ru;

namespace Cms.Search.Analysis;

/// <summary>The analysis chain of every language the index knows, built once; text in other languages gets the
/// language-neutral chain (tokenize, normalise, split hyphenated names).</summary>
public sealed class Analyzers
{
    private readonly FrozenDictionary<string, Analyzer> byLanguage;

    public Analyzers()
        : this([KyrgyzAnalyzer.Create(), RussianAnalyzer.Create(), GeorgianAnalyzer.Create()])
    {
    }

    public Analyzers(IEnumerable<Analyzer> analyzers)
    {
        byLanguage = analyzers.ToFrozenDictionary(a => a.Language, StringComparer.Ordinal);
        Neutral = new AnalyzerBuilder("und").Add(new NormalizationFilter()).Add(new HyphenatedPartsFilter()).Build();
        Version = string.Join(';', byLanguage.Values.OrderBy(a => a.Language, StringComparer.Ordinal).Select(a => a.Version).Append(Neutral.Version).Append(Loose.LooseKey.Version));
    }

    public Analyzer Neutral { get; }

    /// <summary>All chains' versions together: stored in the index, which rebuilds itself when it changes.</summary>
    public string Version { get; }

    public IEnumerable<string> Languages => byLanguage.Keys;

    public bool Has(string language) => byLanguage.ContainsKey(language);

    public Analyzer For(string? language) =>
        language is not null && byLanguage.TryGetValue(language, out var analyzer) ? analyzer : Neutral;
}
