using Cms.Search.Analysis;
using Cms.Search.Analysis.Common;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Cms.Search.Index;

/// <summary>A translation analysed and laid out as a Lucene document. Analysis is pure, so documents can be prepared
/// on several threads while one writer adds them. No text is stored: a hit's text comes from the database.</summary>
public sealed class PreparedDocument
{
    private static readonly FieldType Positional = Frozen(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static readonly FieldType Keys = Frozen(IndexOptions.DOCS_AND_FREQS);

    private PreparedDocument(SearchDocument source, Document document)
    {
        Source = source;
        Document = document;
    }

    public SearchDocument Source { get; }

    internal Document Document { get; }

    public static PreparedDocument From(SearchDocument source, Analyzers analyzers)
    {
        var fields = IndexedFields.From(source, analyzers);
        var document = new Document
        {
            new Field(SearchFields.Title, new TermStream(fields.Title), Positional),
            new Field(SearchFields.Summary, new TermStream(fields.Summary), Positional),
            new Field(SearchFields.Body, new TermStream(fields.Body), Positional),
            new Field(SearchFields.Meta, new TermStream(fields.Meta), Positional),
            new Field(SearchFields.Loose, new TermStream(fields.Loose), Keys),
            new StringField(SearchFields.StoryKey, source.StoryKey, Field.Store.NO),
            new SortedDocValuesField(SearchFields.StoryKey, new BytesRef(source.StoryKey)),
            new StringField(SearchFields.Language, source.Language, Field.Store.NO),
            new SortedDocValuesField(SearchFields.Language, new BytesRef(source.Language)),
            new StringField(SearchFields.Kind, source.Kind, Field.Store.NO),
            new SortedDocValuesField(SearchFields.Kind, new BytesRef(source.Kind)),
            new StringField(SearchFields.Year, YearText(source.PublishedUtc.Year), Field.Store.NO),
            new NumericDocValuesField(SearchFields.Year, source.PublishedUtc.Year),
            new NumericDocValuesField(SearchFields.TranslationId, source.Id),
            new NumericDocValuesField(SearchFields.Published, source.PublishedUtc.Ticks),
            new BinaryDocValuesField(SearchFields.Slug, new BytesRef(source.Slug)),
        };
        AddFacet(document, SearchFields.Place, SearchFields.PlaceLabel, source.Places);
        AddFacet(document, SearchFields.Tag, SearchFields.TagLabel, source.Tags);
        return new PreparedDocument(source, document);
    }

    /// <summary>The form a place or tag is filtered by: the same for every spelling that differs only in case, ё, stress.</summary>
    internal static string FacetNorm(string value) => TermNormalizer.Normalize(value.Trim());

    internal static string YearText(int year) => year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Each value once by its filter form, indexed by it and counted (doc values) by its label as written.</summary>
    private static void AddFacet(Document document, string field, string labelField, IReadOnlyList<string> values)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var label = value.Trim();
            var norm = FacetNorm(label);
            if (norm.Length == 0 || !seen.Add(norm))
            {
                continue;
            }

            document.Add(new StringField(field, norm, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(labelField, new BytesRef(label)));
        }
    }

    private static FieldType Frozen(IndexOptions options)
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            IndexOptions = options,
        };
        type.Freeze();
        return type;
    }
}
