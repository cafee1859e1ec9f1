using System.Runtime.InteropServices;
using Cms.Search.Index;
using Lucene.Net.Index;

namespace Cms.Search.Searching;

/// <summary>
/// The doc values a search reads for every match, copied once per segment into plain arrays: a small struct per
/// document (<see cref="DocFact"/>), its rank details apart (<see cref="DocRank"/>), and places and tags as one flat
/// array of ordinals. Reading Lucene.Net's doc values costs most of a broad search; reading arrays costs about what
/// scoring does. Immutable (arrays only); shared by every search of the segment (see <see cref="SegmentFactsCache"/>).
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
        Ranks = new DocRank[maxDoc];
        var ords = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var start = ords.Count;
            var places = AppendOrds(placeValues, doc, ords);
            var tags = AppendOrds(tagValues, doc, ords);
            var story = storyValues.GetOrd(doc);
            if (doc > 0 && Docs[doc - 1] is var previous && previous.Story == story && previous.PlaceCount == places && previous.TagCount == tags
                && CollectionsMarshal.AsSpan(ords).Slice(start).SequenceEqual(
                    CollectionsMarshal.AsSpan(ords).Slice(previous.OrdStart, places + tags)))
            {
                // The story's translations share its places and tags: one copy, so that a search reads less memory.
                ords.RemoveRange(start, places + tags);
                start = previous.OrdStart;
            }

            Docs[doc] = new DocFact(
                story,
                start,
                (short)languageValues.GetOrd(doc),
                (short)kindValues.GetOrd(doc),
                (short)year.Get(doc),
                places,
                tags);
            Ranks[doc] = new DocRank(published.Get(doc), translationId.Get(doc));
        }

        Ords = [.. ords];
    }

    public DocFact[] Docs { get; }

    public DocRank[] Ranks { get; }

    /// <summary>Each document's place ordinals, then its tag ordinals (see <see cref="DocFact.OrdStart"/>).</summary>
    public int[] Ords { get; }

    /// <summary>Appends the document's ordinals (at most 255: a facet counts a story's first 255 values).</summary>
    private static byte AppendOrds(SortedSetDocValues values, int doc, List<int> into)
    {
        values.SetDocument(doc);
        var count = 0;
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS && count < byte.MaxValue; ord = values.NextOrd())
        {
            into.Add((int)ord);
            count++;
        }

        return (byte)count;
    }
}
