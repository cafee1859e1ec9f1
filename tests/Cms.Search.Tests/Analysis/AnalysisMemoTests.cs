using Cms.Search.Analysis;
using Cms.Search.Analysis.Loose;
using Cms.Search.Index;

namespace Cms.Search.Tests.Analysis;

/// <summary>A bulk load analyses each word once through <see cref="AnalysisMemo"/>: the documents' terms must be
/// exactly what the chains give text by text (<see cref="Analyzer.Analyze"/>), with a memo shared by many documents,
/// warm or fresh, and one small enough to start over at every document.</summary>
public sealed class AnalysisMemoTests
{
    private static readonly Analyzers Analyzers = new();

    public static TheoryData<int> Capacities => [AnalysisMemo.Capacity, 7, 1];

    [Theory]
    [MemberData(nameof(Capacities))]
    public void Documents_analysed_through_a_shared_memo_get_the_terms_of_the_chains(int capacity)
    {
        var documents = Documents().ToList();
        var memo = new AnalysisMemo(capacity);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var document in documents)
            {
                var actual = IndexedFields.From(document, Analyzers, memo);
                var expected = Expected(document);
                Assert.Equal(expected.Title, actual.Title.Select(t => t.Text));
                Assert.Equal(expected.Summary, actual.Summary.Select(t => t.Text));
                Assert.Equal(expected.Body, actual.Body.Select(t => t.Text));
                Assert.Equal(expected.Meta, actual.Meta.Select(t => t.Text));
                Assert.Equal(expected.Loose, actual.Loose.Select(t => t.Text));
            }
        }
    }

    /// <summary>The golden files' lines as documents: each line a title, the next a summary, the next three a body (in a circle),
    /// and names in every script (a Cyrillic name goes through the Russian and the Kyrgyz chains).</summary>
    private static IEnumerable<SearchDocument> Documents()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Golden");
        var names = new[] { "Ысык-Көл", "Бишкек", "თბილისი", "Tbilisi", "Ак-Ордо-3", "новостройки", "ЖАМААТТАРЫНЫН" };
        var id = 0;
        foreach (var language in new[] { "ru", "ky", "ka", "en" })
        {
            var lines = File.ReadAllLines(Path.Combine(folder, (language == "en" ? "ru" : language) + ".input.txt"));
            string Line(int i) => lines[i % lines.Length];
            for (var i = 0; i < lines.Length; i++)
            {
                id++;
                yield return new SearchDocument(
                    id, "story" + id, language, "news", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), Line(i), "slug",
                    Line(i + 1), string.Join('\n', Line(i + 2), Line(i + 3), Line(i + 4)), [], [],
                    [names[i % names.Length], names[(i + 3) % names.Length], Line(i + 5)]);
            }
        }
    }

    /// <summary>The fields as the chains make them without a memo.</summary>
    private static (string[] Title, string[] Summary, string[] Body, string[] Meta, string[] Loose) Expected(SearchDocument document)
    {
        var analyzer = Analyzers.For(document.Language);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        string[] Terms(Analyzer chain, string text)
        {
            var terms = chain.Analyze(text).Select(t => t.Term).ToArray();
            stems.UnionWith(terms);
            return terms;
        }

        var title = Terms(analyzer, document.Title);
        var summary = Terms(analyzer, document.Summary);
        var body = Terms(analyzer, document.Body);
        var meta = new List<string>();
        foreach (var name in document.Names)
        {
            var chains = name.Any(c => c is >= '\u10A0' and <= '\u10FF' or >= '\u1C90' and <= '\u1CBF') ? ["ka"]
                : name.Any(c => c is >= '\u0400' and <= '\u04FF') ? new[] { "ru", "ky" } : [document.Language];
            foreach (var chain in chains)
            {
                meta.AddRange(Terms(Analyzers.For(chain), name));
            }
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in stems.Where(s => !s.All(char.IsAsciiDigit)))
        {
            keys.Add(LooseKey.For(stem));
        }

        keys.Remove("");
        return (title, summary, body, [.. meta], [.. keys]);
    }
}
