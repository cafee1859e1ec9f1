using Cms.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Cms.Search.Searching;

/// <summary>What the index keeps of a translation besides its terms, read from doc values by global doc id.</summary>
internal sealed record DocumentFacts(long TranslationId, string StoryKey, string Language, string Kind, string Slug, DateTime PublishedUtc)
{
    public static DocumentFacts Read(IList<AtomicReaderContext> leaves, int globalDoc)
    {
        var leaf = leaves[ReaderUtil.SubIndex(globalDoc, leaves)];
        var reader = leaf.AtomicReader;
        var doc = globalDoc - leaf.DocBase;
        var scratch = new BytesRef();
        return new DocumentFacts(
            reader.GetNumericDocValues(SearchFields.TranslationId).Get(doc),
            Sorted(reader, SearchFields.StoryKey, doc, scratch),
            Sorted(reader, SearchFields.Language, doc, scratch),
            Sorted(reader, SearchFields.Kind, doc, scratch),
            Binary(reader, SearchFields.Slug, doc, scratch),
            new DateTime(reader.GetNumericDocValues(SearchFields.Published).Get(doc), DateTimeKind.Utc));
    }

    private static string Sorted(AtomicReader reader, string field, int doc, BytesRef scratch)
    {
        reader.GetSortedDocValues(field).Get(doc, scratch);
        return scratch.Utf8ToString();
    }

    private static string Binary(AtomicReader reader, string field, int doc, BytesRef scratch)
    {
        reader.GetBinaryDocValues(field).Get(doc, scratch);
        return scratch.Utf8ToString();
    }
}
