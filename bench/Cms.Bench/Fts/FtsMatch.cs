using System.Buffers;
using Cms.Search.Analysis;
using Cms.Search.Analysis.Common;
using Cms.Search.Analysis.Loose;
using Cms.Search.Transliteration;

namespace Cms.Bench.Fts;

/// <summary>
/// The FTS5 expression the old query compiler made, for the benchmark's queries only: words (ANDed), a prefix
/// ("word*") and one quoted phrase. Each word is analysed by every chain it could belong to and matches any of those
/// terms in the exact columns; Latin words and words with о у н ө ү ң also match their loose keys. Left out (the
/// benchmark's queries have none): NOT, OR, fields, hyphenated parts, the word budget.
/// </summary>
internal sealed class FtsMatch(Analyzers analyzers)
{
    private static readonly string[] CyrillicLanguages = ["ru", "ky"];
    private static readonly SearchValues<char> KyrgyzTypingVowels = SearchValues.Create("оуөүнң");

    public string Translate(string query)
    {
        var text = query.Trim();
        if (text.Length > 1 && text[0] == '"' && text[^1] == '"')
        {
            return Phrase(text[1..^1]);
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parts = words.Select(w => w.EndsWith('*') ? Word(w[..^1], isPrefix: true) : Word(w, isPrefix: false)).ToList();
        return parts.Count == 1 ? parts[0] : "(" + string.Join(" AND ", parts) + ")";
    }

    private string Word(string text, bool isPrefix)
    {
        var surface = TermNormalizer.Normalize(text);
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var loose = new HashSet<string>(StringComparer.Ordinal);
        var candidates = LanguageIdentifier.Candidates(text);
        if (candidates.Count == 0)
        {
            exact.Add(surface);
            var key = LooseKey.Skeleton(surface);
            loose.Add(key);
            loose.Add(LooseKey.WithoutFinalVowels(key));
            var cyrillic = Cyrillizer.ToCyrillic(surface);
            foreach (var language in CyrillicLanguages)
            {
                if (analyzers.For(language).Analyze(cyrillic) is [var token, ..])
                {
                    loose.Add(LooseKey.For(token.Term));
                }
            }
        }
        else
        {
            foreach (var language in candidates)
            {
                if (analyzers.For(language).Analyze(text) is [var token, ..])
                {
                    exact.Add(token.Term);
                    loose.Add(LooseKey.For(token.Term));
                }
            }

            loose.Add(LooseKey.For(surface));
            if (isPrefix)
            {
                exact.Add(surface);
            }

            if (isPrefix || surface.AsSpan().IndexOfAny(KyrgyzTypingVowels) < 0)
            {
                loose.Clear();
            }
        }

        exact.Remove("");
        loose.Remove("");
        var star = isPrefix ? "*" : "";
        var expression = "(" + FtsSchema.ExactColumns + " : (" + string.Join(" OR ", exact.Select(t => Quote(t) + star)) + ")";
        if (loose.Count > 0)
        {
            expression += " OR loose : (" + string.Join(" OR ", loose.Select(k => Quote(k) + star)) + ")";
        }

        return expression + ")";
    }

    private string Phrase(string text)
    {
        var candidates = LanguageIdentifier.Candidates(text);
        var chains = candidates.Count == 0 ? [analyzers.Neutral] : candidates.Select(analyzers.For).ToList();
        var alternatives = chains.Select(a => string.Join(' ', a.Analyze(text).Select(t => t.Term)))
            .Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Select(Quote);
        return "(" + FtsSchema.ExactColumns + " : (" + string.Join(" OR ", alternatives) + "))";
    }

    private static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
