using System.Globalization;
using System.Text;
using Cms.Search.Index;
using Cms.Search.Transliteration;

namespace Cms.Bench.Corpus;

/// <summary>
/// A deterministic stream of translations: stories with one to three linked translations, text of inflected forms
/// drawn Zipf-like from each language's vocabulary, with a few set phrases, places, tags and dates in 2015–2026.
/// </summary>
internal sealed class CorpusGenerator(IReadOnlyDictionary<string, Vocabulary> vocabularies)
{
    public const int Seed = 20261122;

    private static readonly DateTime First = new(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Last = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly Random random = new(Seed);
    private readonly Dictionary<string, ZipfSampler> samplers =
        vocabularies.ToDictionary(p => p.Key, p => new ZipfSampler(p.Value.Forms.Count), StringComparer.Ordinal);

    public IEnumerable<SearchDocument> Generate(int count)
    {
        long id = 0;
        var story = 0;
        while (id < count)
        {
            story++;
            var key = "story-" + story.ToString("D6", CultureInfo.InvariantCulture);
            var kind = Pick(CorpusLists.Kinds);
            var published = First.AddSeconds(random.NextDouble() * (Last - First).TotalSeconds);
            var places = Distinct(CorpusLists.Places, 1 + random.Next(2));
            var tags = Distinct(CorpusLists.Tags, 1 + random.Next(3));
            var organisers = Distinct(CorpusLists.Organisers, random.Next(3));
            var project = CorpusLists.Projects[random.Next(CorpusLists.Projects.Length)];
            foreach (var language in Pick(CorpusLists.LanguageSets))
            {
                if (id >= count)
                {
                    yield break;
                }

                var title = Sentence(language, 6 + random.Next(5), period: false);
                var localPlaces = language == "ka"
                    ? places.Select(p => CorpusLists.GeorgianPlaces.GetValueOrDefault(p, p)).ToList()
                    : places;
                yield return new SearchDocument(
                    ++id,
                    key,
                    language,
                    kind,
                    published.AddMinutes(random.Next(600)),
                    title,
                    Slug(language, title),
                    Sentence(language, 15 + random.Next(11), period: true),
                    Body(language, 120 + random.Next(81)),
                    localPlaces,
                    tags,
                    [.. localPlaces, .. tags, .. organisers, .. (project is null ? [] : new[] { project })]);
            }
        }
    }

    private string Body(string language, int words)
    {
        var body = new StringBuilder(words * 9);
        var inParagraph = 0;
        while (words > 0)
        {
            var length = Math.Min(words, 8 + random.Next(9));
            words -= length;
            if (body.Length > 0)
            {
                body.Append(inParagraph >= 3 + random.Next(3) ? "\n\n" : " ");
                inParagraph = body[^1] == '\n' ? 0 : inParagraph;
            }

            body.Append(Sentence(language, length, period: true));
            inParagraph++;
        }

        return body.ToString();
    }

    private string Sentence(string language, int words, bool period)
    {
        var forms = vocabularies[language].Forms;
        var sampler = samplers[language];
        var parts = new List<string>(words + 3);
        for (var i = 0; i < words; i++)
        {
            parts.Add(forms[sampler.Next(random)]);
        }

        if (random.NextDouble() < 0.12)
        {
            var set = CorpusLists.Collocations[language];
            parts.Insert(random.Next(parts.Count + 1), set[random.Next(set.Length)]);
        }

        if (period && words > 6 && random.NextDouble() < 0.5)
        {
            var at = 2 + random.Next(words - 4);
            parts[at] += ",";
        }

        var text = string.Join(' ', parts);
        if (language != "ka" && char.IsLower(text[0]))
        {
            text = char.ToUpperInvariant(text[0]) + text[1..];
        }

        return period ? text + "." : text;
    }

    private static string Slug(string language, string title)
    {
        var latin = Romanizer.ForLanguage(language).Romanize(title);
        var slug = new StringBuilder(latin.Length);
        foreach (var c in latin)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().TrimEnd('-');
        return text.Length > 80 ? text[..80].TrimEnd('-') : text;
    }

    private T Pick<T>((T Value, double Weight)[] choices)
    {
        var x = random.NextDouble() * choices.Sum(c => c.Weight);
        foreach (var (value, weight) in choices)
        {
            x -= weight;
            if (x < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    private List<string> Distinct(string[] values, int count)
    {
        var chosen = new List<string>(count);
        while (chosen.Count < count)
        {
            var value = values[random.Next(values.Length)];
            if (!chosen.Contains(value, StringComparer.Ordinal))
            {
                chosen.Add(value);
            }
        }

        return chosen;
    }
}
