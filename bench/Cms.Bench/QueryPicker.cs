using Cms.Bench.Corpus;
using Cms.Bench.Fts;
using Cms.Search.Analysis;
using Microsoft.Data.Sqlite;

namespace Cms.Bench;

/// <summary>
/// Chooses the seven query types deterministically from the vocabularies and the raw baseline's FTS5 table
/// (document frequencies from fts5vocab), with the FTS5 MATCH the old compiler made for each, for the raw baseline.
/// </summary>
internal sealed class QueryPicker(SqliteConnection connection, Analyzers analyzers, IReadOnlyDictionary<string, Vocabulary> vocabularies)
{
    private readonly FtsMatch match = new(analyzers);

    public List<BenchQuery> Pick()
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, fts, row)";
            create.ExecuteNonQuery();
        }

        var ru = ContentWords("ru").ToList();
        var rarest = Enumerable.Reverse(ru).Take(2000).ToList();
        var rare = rarest.FirstOrDefault(w => Df(w.Stem) is >= 3 and <= 30 && Rows(w.Form) <= 60);
        rare = rare.Form is null ? rarest.Take(200).MinBy(w => Rows(w.Form)) : rare;
        var common = ru.First(w => w.Form.Length >= 5);
        var phrase = CorpusLists.Collocations["ru"][0];
        var prefixed = ru.Skip(100).First(w => w.Form.Length >= 8);
        var prefix = prefixed.Form[..5];
        var both = ru.Where(w => w.Form.Length >= 5).Skip(10).Take(16).ToList();
        var (first, second) = (both[0], both[^1]);
        var latin = new[] { "Bishkek", "Tbilisi", "Issyk-Kul" };
        var kyrgyz = ContentWords("ky").Where(w => w.Form.Length >= 6 && w.Form.AsSpan().IndexOfAny("өүң") >= 0).Skip(4).First();
        var typed = kyrgyz.Form.Replace('ө', 'о').Replace('ү', 'у').Replace('ң', 'н');

        return
        [
            Query("rare word", rare.Form),
            Query("common word", common.Form),
            Query("phrase", "\"" + phrase + "\""),
            Query("prefix", prefix + "*"),
            Query("two-word AND", first.Form + " " + second.Form),
            Query("latin", latin),
            Query("ky on ru keyboard", typed),
        ];
    }

    private BenchQuery Query(string type, params string[] queries) => new(type, queries, [.. queries.Select(match.Translate)]);

    /// <summary>Noun, adjective and verb forms of a language, most frequent first, with their analysed term.</summary>
    private IEnumerable<(string Form, string Stem)> ContentWords(string language)
    {
        var vocabulary = vocabularies[language];
        var analyzer = analyzers.For(language);
        foreach (var form in vocabulary.Forms)
        {
            if (form.Length < 4 || !vocabulary.ContentForms.Contains(form) || !form.All(char.IsLetter) || char.IsUpper(form[0]))
            {
                continue;
            }

            var tokens = analyzer.Analyze(form);
            if (tokens.Count == 1 && !tokens[0].IsKeyword)
            {
                yield return (form, tokens[0].Term);
            }
        }
    }

    private long Df(string term)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc FROM temp.bench_vocab WHERE term = $term";
        command.Parameters.AddWithValue("$term", term);
        return command.ExecuteScalar() is long df ? df : 0;
    }

    /// <summary>Rows the expanded expression matches: a rare word must stay rare after expansion to ky stems and loose keys.</summary>
    private int Rows(string query) => RawSearch.Run(connection, match.Translate(query), []);
}
