using Cms.Web.Data;

namespace Cms.Web.Terms;

/// <summary>
/// The places a text names, by any name of a place term, also inflected («в Оше», «Ошто», «ოშში»): a name
/// matches at the start of a word and may be followed by a few letters of case ending, never by more. A Georgian
/// name's nominative -ი gives way to the ending (ოში → ოშ-ში).
/// </summary>
internal static class PlaceFinder
{
    private const int EndingLetters = 3;

    public static IReadOnlyList<string> Find(TermCatalog catalog, string text)
    {
        var normal = TermNames.Normalize(text);
        var found = new List<(int Position, string Key)>();
        foreach (var term in catalog.All.Where(t => t.Vocabulary == Vocabulary.Place))
        {
            var first = term.Names.Select(TermNames.Normalize).SelectMany(Stems).Where(n => n.Length >= 2)
                .Select(name => FirstMention(normal, name)).Where(p => p >= 0).DefaultIfEmpty(-1).Min();
            if (first >= 0)
            {
                found.Add((first, term.Key));
            }
        }

        return [.. found.OrderBy(f => f.Position).Select(f => f.Key)];
    }

    private static IEnumerable<string> Stems(string name)
    {
        yield return name;
        if (name.Length > 2 && name[^1] == 'ი' && name[^2] is >= '\u10D0' and <= '\u10FF')
        {
            yield return name[..^1];
        }
    }

    private static int FirstMention(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
            {
                continue;
            }

            var end = at + name.Length;
            var letters = 0;
            while (end + letters < text.Length && char.IsLetter(text[end + letters]))
            {
                letters++;
            }

            if (letters <= EndingLetters)
            {
                return at;
            }
        }

        return -1;
    }
}
