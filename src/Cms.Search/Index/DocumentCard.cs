using System.Globalization;
using System.Text;

namespace Cms.Search.Index;

/// <summary>
/// What totals, facets and ordering need of one matching document, packed in one column of <c>search_doc</c>:
/// a search reads a thousand of them, and one string per row costs far less to read than six columns.
/// Fields are separated by U+001F; places (<c>p</c>) and tags (<c>t</c>) each end with U+001E.
/// </summary>
internal sealed record DocumentCard(string StoryKey, string Language, string Kind, string Year, string PublishedAt, string Facets)
{
    private const char Field = '\u001F';
    private const char Entry = '\u001E';

    public static string Format(SearchDocument document)
    {
        var card = new StringBuilder()
            .Append(Clean(document.StoryKey)).Append(Field)
            .Append(Clean(document.Language)).Append(Field)
            .Append(Clean(document.Kind)).Append(Field)
            .Append(document.PublishedUtc.Year.ToString(CultureInfo.InvariantCulture)).Append(Field)
            .Append(SearchIndexWriter.PublishedText(document.PublishedUtc)).Append(Field);
        foreach (var (kind, values) in new[] { ('p', document.Places), ('t', document.Tags) })
        {
            foreach (var value in values.Select(v => Clean(v).Trim()).Where(v => v.Length > 0).DistinctBy(SearchIndexWriter.FacetNorm, StringComparer.Ordinal))
            {
                card.Append(kind).Append(value).Append(Entry);
            }
        }

        return card.ToString();
    }

    public static DocumentCard Parse(string card)
    {
        var span = card.AsSpan();
        Span<Range> parts = stackalloc Range[7];
        if (span.Split(parts, Field) != 6)
        {
            throw new FormatException("A search_doc card has six fields.");
        }

        return new DocumentCard(
            card[parts[0]], card[parts[1]], card[parts[2]], card[parts[3]], card[parts[4]], card[parts[5]]);
    }

    public delegate void FacetAction(bool isPlace, ReadOnlySpan<char> value);

    /// <summary>Calls <paramref name="action"/> with each place and tag of the card, without making strings.</summary>
    public void ForEachFacet(FacetAction action)
    {
        var rest = Facets.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOf(Entry);
            var entry = end < 0 ? rest : rest[..end];
            if (entry.Length > 1)
            {
                action(entry[0] == 'p', entry[1..]);
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }
    }

    private static string Clean(string value) => value.Replace(Field, ' ').Replace(Entry, ' ');
}
