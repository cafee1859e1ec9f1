using Cms.Search.Index;
using Lucene.Net.Index;

namespace Cms.Search.Searching;

/// <summary>
/// The doc values a search reads for every match, copied once per segment into plain arrays (places and tags as one
/// flat array of ordinals with offsets). Reading Lucene.Net's doc values costs most of a broad search; reading arrays
/// costs about what scoring does. Immutable (arrays only); shared by every search of the segment (see <see cref="SegmentFactsCache"/>).
/// </summary>
internal sealed class SegmentFacts
{
    public SegmentFacts(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        // Doc values instances belong to the thread that got them: used here only, never kept.
        var storyValues = reader.GetSortedDocValues(SearchFields.StoryKey) ?? DocValues.EMPTY_SORTED;
        var languageValues = reader.GetSortedDocValues(SearchFields.Language) ?? DocValues.EMPTY_SORTED;
        var kindValues = reader.GetSortedDocValues(SearchFields.Kind) ?? DocValues.EMPTY_SORTED;
        var placeValues = reader.GetSortedSetDocValues(SearchFields.PlaceLabel) ?? DocValues.EMPTY_SORTED_SET;
        var tagValues = reader.GetSortedSetDocValues(SearchFields.TagLabel) ?? DocValues.EMPTY_SORTED_SET;
        var year = reader.GetNumericDocValues(SearchFields.Year) ?? DocValues.EMPTY_NUMERIC;
        var published = reader.GetNumericDocValues(SearchFields.Published) ?? DocValues.EMPTY_NUMERIC;
        var translationId = reader.GetNumericDocValues(SearchFields.TranslationId) ?? DocValues.EMPTY_NUMERIC;
        (Story, Language, Kind, Year, Published, TranslationId) =
            (new int[maxDoc], new short[maxDoc], new short[maxDoc], new short[maxDoc], new long[maxDoc], new long[maxDoc]);
        (PlaceStart, TagStart) = (new int[maxDoc + 1], new int[maxDoc + 1]);
        var (placeOrds, tagOrds) = (new List<int>(maxDoc), new List<int>(maxDoc));
        for (var doc = 0; doc < maxDoc; doc++)
        {
            Story[doc] = storyValues.GetOrd(doc);
            Language[doc] = (short)languageValues.GetOrd(doc);
            Kind[doc] = (short)kindValues.GetOrd(doc);
            Year[doc] = (short)year.Get(doc);
            Published[doc] = published.Get(doc);
            TranslationId[doc] = translationId.Get(doc);
            PlaceStart[doc] = placeOrds.Count;
            Ords(placeValues, doc, placeOrds);
            TagStart[doc] = tagOrds.Count;
            Ords(tagValues, doc, tagOrds);
        }

        (PlaceStart[maxDoc], TagStart[maxDoc]) = (placeOrds.Count, tagOrds.Count);
        (PlaceOrds, TagOrds) = ([.. placeOrds], [.. tagOrds]);
    }

    public int[] Story { get; }

    public short[] Language { get; }

    public short[] Kind { get; }

    public short[] Year { get; }

    public long[] Published { get; }

    public long[] TranslationId { get; }

    public int[] PlaceStart { get; }

    public int[] PlaceOrds { get; }

    public int[] TagStart { get; }

    public int[] TagOrds { get; }

    private static void Ords(SortedSetDocValues values, int doc, List<int> into)
    {
        values.SetDocument(doc);
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            into.Add((int)ord);
        }
    }
}
