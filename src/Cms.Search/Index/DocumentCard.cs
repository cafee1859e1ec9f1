using System.Globalization;
using System.Text;

namespace Cms.Search.Index;

/// <summary>
/// What totals, facets and ordering need of one matching document, packed in one column of <c>search_doc</c>:
/// a search reads a thousand of them, and one string per row costs far less to read than six columns.
/// Fields are separated by U+001F; places (<c>p</c>) and tags (<c>t</c>) each end with U+001E.
/// </summary>
internal sealed record DocumentCard(string StoryKey, string Language, string Kind, int Year, string PublishedAt, string Facets)
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
            foreach (var value in values.Select(v => Clean(v).Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal))
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
            card[parts[0]], card[parts[1]], card[parts[2]], int.Parse(span[parts[3]], CultureInfo.InvariantCulture), card[parts[4]], card[parts[5]]);
    }

    /// <summary>The places (<c>IsPlace</c>) and tags of the card.</summary>
    public IEnumerable<(bool IsPlace, string Value)> FacetValues() =>
        Facets.Split(Entry, StringSplitOptions.RemoveEmptyEntries).Select(e => (e[0] == 'p', e[1..]));

    private static string Clean(string value) => value.Replace(Field, ' ').Replace(Entry, ' ');
}
