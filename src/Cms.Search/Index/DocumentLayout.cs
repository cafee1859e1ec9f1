using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Cms.Search.Index;

/// <summary>
/// The Lucene fields of one document, made once and refilled for every document added through them: Lucene's own
/// advice for indexing speed, since each field's token stream is costly to create (attributes, a global lock). An
/// instance serves one document at a time; <see cref="SearchIndex"/> lends instances from a pool.
/// </summary>
internal sealed class DocumentLayout
{
    private static readonly FieldType Positional = Frozen(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static readonly FieldType Keys = Frozen(IndexOptions.DOCS_AND_FREQS);

    private readonly TermStream title = new();
    private readonly TermStream summary = new();
    private readonly TermStream body = new();
    private readonly TermStream meta = new();
    private readonly TermStream loose = new();
    private readonly IIndexableField[] fixedFields;
    private readonly List<IIndexableField> laidOut = [];
    private readonly BytesRef storyKeyBytes = new();
    private readonly BytesRef languageBytes = new();
    private readonly BytesRef kindBytes = new();
    private readonly BytesRef slugBytes = new();
    private readonly StringField storyKey = new(SearchFields.StoryKey, "", Field.Store.NO);
    private readonly SortedDocValuesField storyKeyValue = new(SearchFields.StoryKey, new BytesRef());
    private readonly StringField language = new(SearchFields.Language, "", Field.Store.NO);
    private readonly SortedDocValuesField languageValue = new(SearchFields.Language, new BytesRef());
    private readonly StringField kind = new(SearchFields.Kind, "", Field.Store.NO);
    private readonly SortedDocValuesField kindValue = new(SearchFields.Kind, new BytesRef());
    private readonly StringField year = new(SearchFields.Year, "", Field.Store.NO);
    private readonly NumericDocValuesField yearValue = new(SearchFields.Year, 0);
    private readonly NumericDocValuesField translationId = new(SearchFields.TranslationId, 0);
    private readonly NumericDocValuesField published = new(SearchFields.Published, 0);
    private readonly BinaryDocValuesField slug = new(SearchFields.Slug, new BytesRef());
    private readonly FacetFields places = new(SearchFields.Place, SearchFields.PlaceLabel);
    private readonly FacetFields tags = new(SearchFields.Tag, SearchFields.TagLabel);

    public DocumentLayout()
    {
        fixedFields =
        [
            new Field(SearchFields.Title, title, Positional),
            new Field(SearchFields.Summary, summary, Positional),
            new Field(SearchFields.Body, body, Positional),
            new Field(SearchFields.Meta, meta, Positional),
            new Field(SearchFields.Loose, loose, Keys),
            storyKey, storyKeyValue, language, languageValue, kind, kindValue, year, yearValue, translationId, published, slug,
        ];
    }

    /// <summary>The document's fields, filled from <paramref name="document"/>; valid until the next call.</summary>
    public IEnumerable<IIndexableField> Fill(PreparedDocument document)
    {
        var source = document.Source;
        var fields = document.Fields;
        title.Use(fields.Title);
        summary.Use(fields.Summary);
        body.Use(fields.Body);
        meta.Use(fields.Meta);
        loose.Use(fields.Loose);
        storyKey.SetStringValue(source.StoryKey);
        storyKeyValue.SetBytesValue(Encoded(storyKeyBytes, source.StoryKey));
        language.SetStringValue(source.Language);
        languageValue.SetBytesValue(Encoded(languageBytes, source.Language));
        kind.SetStringValue(source.Kind);
        kindValue.SetBytesValue(Encoded(kindBytes, source.Kind));
        year.SetStringValue(PreparedDocument.YearText(source.PublishedUtc.Year));
        yearValue.SetInt64Value(source.PublishedUtc.Year);
        translationId.SetInt64Value(source.Id);
        published.SetInt64Value(source.PublishedUtc.Ticks);
        slug.SetBytesValue(Encoded(slugBytes, source.Slug));
        laidOut.Clear();
        laidOut.AddRange(fixedFields);
        places.Fill(document.Places, laidOut);
        tags.Fill(document.Tags, laidOut);
        return laidOut;
    }

    /// <summary>The text in the layout's own buffer: Lucene copies a value when the document is added.</summary>
    private static BytesRef Encoded(BytesRef buffer, string text)
    {
        buffer.CopyChars(text);
        return buffer;
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
