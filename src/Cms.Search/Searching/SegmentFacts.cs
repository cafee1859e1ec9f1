using Cms.Search.Index;
using Lucene.Net.Index;

namespace Cms.Search.Searching;

/// <summary>
/// The doc values a search reads for every match, copied once per segment into plain arrays (one small struct per document; places and tags as
/// flat arrays of ordinals). Reading Lucene.Net's doc values costs most of a broad search; reading arrays
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
        Docs = new DocFact[maxDoc];
        var (placeOrds, tagOrds) = (new List<int>(maxDoc), new List<int>(maxDoc));
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var (placeStart, tagStart) = (placeOrds.Count, tagOrds.Count);
            Ords(placeValues, doc, placeOrds);
            Ords(tagValues, doc, tagOrds);
            Docs[doc] = new DocFact(
                published.Get(doc),
                translationId.Get(doc),
                storyValues.GetOrd(doc),
                placeStart,
                tagStart,
                (short)languageValues.GetOrd(doc),
                (short)kindValues.GetOrd(doc),
                (short)year.Get(doc),
                (byte)Math.Min(placeOrds.Count - placeStart, byte.MaxValue),
                (byte)Math.Min(tagOrds.Count - tagStart, byte.MaxValue));
        }

        (PlaceOrds, TagOrds) = ([.. placeOrds], [.. tagOrds]);
    }

    public DocFact[] Docs { get; }

    public int[] PlaceOrds { get; }

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
