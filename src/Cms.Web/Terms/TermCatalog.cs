using System.Collections.Frozen;
using Cms.Web.Content.Rules;
using Cms.Web.Data;

namespace Cms.Web.Terms;

/// <summary>
/// Every term, as an immutable snapshot: found by key, resolved from any of its names, and named in a page's language
/// with the configured fallback.
/// </summary>
internal sealed class TermCatalog
{
    private readonly FrozenDictionary<(Vocabulary, string), TermEntry> byKey;
    private readonly FrozenDictionary<(Vocabulary, string), string> byName;

    public TermCatalog(IEnumerable<TermEntry> terms)
    {
        All = [.. terms.OrderBy(t => t.Vocabulary).ThenBy(t => t.Key, StringComparer.Ordinal)];
        byKey = All.ToFrozenDictionary(t => (t.Vocabulary, t.Key));
        var names = new Dictionary<(Vocabulary, string), string>();
        var ambiguous = new HashSet<(Vocabulary, string)>();
        foreach (var term in All)
        {
            foreach (var name in term.Names.Select(TermNames.Normalize).Distinct(StringComparer.Ordinal))
            {
                if (name.Length > 0 && !names.TryAdd((term.Vocabulary, name), term.Key))
                {
                    ambiguous.Add((term.Vocabulary, name));
                }
            }
        }

        // A name two terms share finds neither: the editor shows and takes the key for those.
        foreach (var name in ambiguous)
        {
            names.Remove(name);
        }

        byName = names.ToFrozenDictionary();
    }

    public static TermCatalog Empty { get; } = new([]);

    public IReadOnlyList<TermEntry> All { get; }

    public TermEntry? Find(Vocabulary vocabulary, string key) => byKey.GetValueOrDefault((vocabulary, key));

    /// <summary>The key of the term <paramref name="text"/> names: its key, a label, its common name or an alias.</summary>
    public string? Resolve(Vocabulary vocabulary, string text)
    {
        var trimmed = text.Trim();
        if (byKey.ContainsKey((vocabulary, trimmed)))
        {
            return trimmed;
        }

        return byName.GetValueOrDefault((vocabulary, TermNames.Normalize(trimmed)));
    }

    /// <summary>Whether <paramref name="text"/> finds exactly this term (a label shown in the editor can be read back).</summary>
    public bool IsUnambiguous(Vocabulary vocabulary, string text, string key) =>
        string.Equals(Resolve(vocabulary, text), key, StringComparison.Ordinal);

    /// <summary>
    /// The term's name for a page in <paramref name="language"/>: its label there, else the first label found along
    /// <paramref name="fallback"/> (marked with that label's language), else any label, else the key.
    /// </summary>
    public TermName Name(Vocabulary vocabulary, string key, string language, IEnumerable<string> fallback)
    {
        var vocabularyName = Vocabularies.Name(vocabulary);
        if (Find(vocabulary, key) is not { } term)
        {
            return new TermName(vocabularyName, key, key, null);
        }

        if (term.CommonName is { } common)
        {
            return new TermName(vocabularyName, key, common, null);
        }

        if (term.Labels.TryGetValue(language, out var own))
        {
            return new TermName(vocabularyName, key, own, null);
        }

        foreach (var other in fallback.Concat(term.Labels.Keys.Order(StringComparer.Ordinal)))
        {
            if (term.Labels.TryGetValue(other, out var label))
            {
                return new TermName(vocabularyName, key, label, other);
            }
        }

        return new TermName(vocabularyName, key, key, null);
    }
}
