using Cms.Search.Analysis;

namespace Cms.Bench.Corpus;

/// <summary>The word forms of one language, most frequent first (UD column 2 plus the seed texts).</summary>
internal sealed class Vocabulary
{
    private static readonly HashSet<string> ContentTags = new(StringComparer.Ordinal) { "NOUN", "ADJ", "VERB" };

    private Vocabulary(string language, string[] forms, HashSet<string> contentForms)
    {
        Language = language;
        Forms = forms;
        ContentForms = contentForms;
    }

    public string Language { get; }

    /// <summary>Distinct forms ordered by descending frequency, then ordinally: rank 0 is the most frequent.</summary>
    public IReadOnlyList<string> Forms { get; }

    /// <summary>Forms UD tags as a noun, adjective or verb at least once.</summary>
    public IReadOnlySet<string> ContentForms { get; }

    /// <summary>ky from ky_ktmu, ru from ru_gsd and ru_taiga, ka from ka_gnc and ka_glc; plus the seeds' lines in that language.</summary>
    public static Dictionary<string, Vocabulary> LoadAll(string shared)
    {
        var seeds = Directory.GetFiles(Path.Combine(shared, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (seeds.Length == 0)
        {
            throw new BenchException($"no seed texts in '{Path.Combine(shared, "seeds")}'");
        }

        return new Dictionary<string, Vocabulary>(StringComparer.Ordinal)
        {
            ["ky"] = Load("ky", [SharedData.UdFile(shared, "ky_ktmu-ud-train")], seeds),
            ["ru"] = Load("ru", [SharedData.UdFile(shared, "ru_gsd-ud-dev"), SharedData.UdFile(shared, "ru_taiga-ud-dev")], seeds),
            ["ka"] = Load("ka", [SharedData.UdFile(shared, "ka_gnc-ud-train"), SharedData.UdFile(shared, "ka_glc-ud-dev")], seeds),
        };
    }

    public static Vocabulary Load(string language, IEnumerable<string> conlluFiles, IEnumerable<string> seedFiles)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var content = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in conlluFiles)
        {
            if (!File.Exists(file))
            {
                throw new BenchException($"missing UD file '{file}'");
            }

            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var cols = line.Split('\t');
                if (cols.Length == 10 && !cols[0].Contains('-', StringComparison.Ordinal) && !cols[0].Contains('.', StringComparison.Ordinal))
                {
                    var form = cols[3] == "PROPN" ? cols[1] : Lower(cols[1], language);
                    Add(counts, form);
                    if (ContentTags.Contains(cols[3]))
                    {
                        content.Add(form);
                    }
                }
            }
        }

        foreach (var file in seedFiles)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.Equals(LanguageIdentifier.Identify(line), language, StringComparison.Ordinal))
                {
                    foreach (var word in line.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
                    {
                        Add(counts, word.Trim('-'));
                    }
                }
            }
        }

        var forms = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        if (forms.Length < 500)
        {
            throw new BenchException($"too few {language} word forms ({forms.Length}) in the shared data");
        }

        return new Vocabulary(language, forms, content);
    }

    private static readonly char[] Separators = [.. " \t\u00A0.,;:!?«»\"“”„()[]{}/|—–…'’0123456789+=*%№&@#<>_"];

    private static string Lower(string form, string language) =>
        string.Equals(language, "ka", StringComparison.Ordinal) ? form : form.ToLowerInvariant();

    private static void Add(Dictionary<string, int> counts, string form)
    {
        if (form.Length == 0 || !form.All(c => char.IsLetter(c) || c == '-') || !char.IsLetter(form[0]) || !char.IsLetter(form[^1]))
        {
            return;
        }

        counts[form] = counts.GetValueOrDefault(form) + 1;
    }
}
