namespace Cms.Bench.Stemming;

/// <summary>
/// Scores a stemmer on a Universal Dependencies CoNLL-U file: distinct NOUN/PROPN/ADJ/VERB forms
/// (lower-cased invariantly, ё→е) are paired; recall is the share of same-lemma pairs that share a stem,
/// precision the share of same-stem pairs that share a lemma.
/// </summary>
internal static class UdEvaluation
{
    private static readonly HashSet<string> ContentTags = new(StringComparer.Ordinal) { "NOUN", "PROPN", "ADJ", "VERB" };

    public static UdScore Evaluate(string conlluPath, Func<string, string> stem) =>
        Score(LoadSentences(conlluPath).SelectMany(s => s), stem);

    public static UdScore Score(IEnumerable<UdWord> words, Func<string, string> stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        var formLemmas = FormLemmas(words);
        var forms = formLemmas.Keys.ToArray();
        var stems = new string[forms.Length];
        for (var i = 0; i < forms.Length; i++)
        {
            stems[i] = stem(forms[i]);
        }

        var formsByLemma = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < forms.Length; i++)
        {
            foreach (var lemma in formLemmas[forms[i]])
            {
                if (!formsByLemma.TryGetValue(lemma, out var list))
                {
                    list = [];
                    formsByLemma[lemma] = list;
                }

                list.Add(i);
            }
        }

        long lemmaPairs = 0;
        long bothPairs = 0;
        var partners = new HashSet<int>();
        for (var i = 0; i < forms.Length; i++)
        {
            partners.Clear();
            foreach (var lemma in formLemmas[forms[i]])
            {
                foreach (var j in formsByLemma[lemma])
                {
                    if (j > i)
                    {
                        partners.Add(j);
                    }
                }
            }

            lemmaPairs += partners.Count;
            foreach (var j in partners)
            {
                if (string.Equals(stems[i], stems[j], StringComparison.Ordinal))
                {
                    bothPairs++;
                }
            }
        }

        long stemPairs = 0;
        foreach (var group in stems.GroupBy(s => s, StringComparer.Ordinal))
        {
            long n = group.Count();
            stemPairs += n * (n - 1) / 2;
        }

        var recall = lemmaPairs == 0 ? 0d : (double)bothPairs / lemmaPairs;
        var precision = stemPairs == 0 ? 0d : (double)bothPairs / stemPairs;
        var f1 = recall + precision == 0 ? 0d : 2 * recall * precision / (recall + precision);
        return new UdScore(forms.Length, lemmaPairs, stemPairs, recall, precision, f1);
    }

    /// <summary>Distinct forms with the set of their lemmas.</summary>
    public static Dictionary<string, HashSet<string>> FormLemmas(IEnumerable<UdWord> words)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (form, lemma) in words)
        {
            if (!result.TryGetValue(form, out var lemmas))
            {
                lemmas = new HashSet<string>(StringComparer.Ordinal);
                result[form] = lemmas;
            }

            lemmas.Add(lemma);
        }

        return result;
    }

    /// <summary>The content words of each sentence, in file order (sentences end at a blank line).</summary>
    public static List<UdWord[]> LoadSentences(string conlluPath)
    {
        var sentences = new List<UdWord[]>();
        var current = new List<UdWord>();
        foreach (var line in File.ReadLines(conlluPath).Append(string.Empty))
        {
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    sentences.Add([.. current]);
                    current.Clear();
                }

                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != 10 || cols[0].Contains('-', StringComparison.Ordinal) || cols[0].Contains('.', StringComparison.Ordinal) || !ContentTags.Contains(cols[3]))
            {
                continue;
            }

            current.Add(new UdWord(Normalize(cols[1]), Normalize(cols[2])));
        }

        return sentences;
    }

    private static string Normalize(string s) => s.ToLowerInvariant().Replace('ё', 'е');
}
