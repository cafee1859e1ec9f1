using System.Runtime.CompilerServices;
using Cms.Search.Index;
using Lucene.Net.Index;

namespace Cms.Bench.Profiling;

/// <summary>
/// The doc values the story collector reads, copied once per segment into plain arrays (places and tags as one
/// flat array of ordinals with offsets), cached by the segment's core: a prototype of "doc values cached per segment",
/// measured beside the collector to show what reading arrays instead of Lucene.Net's doc values would cost.
/// </summary>
internal sealed class SegmentArrays
{
    private static readonly ConditionalWeakTable<object, SegmentArrays> Cache = [];

    private SegmentArrays(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var story = reader.GetSortedDocValues(SearchFields.StoryKey);
        var language = reader.GetSortedDocValues(SearchFields.Language);
        var kind = reader.GetSortedDocValues(SearchFields.Kind);
        var year = reader.GetNumericDocValues(SearchFields.Year);
        var published = reader.GetNumericDocValues(SearchFields.Published);
        var translationId = reader.GetNumericDocValues(SearchFields.TranslationId);
        var places = reader.GetSortedSetDocValues(SearchFields.PlaceLabel);
        var tags = reader.GetSortedSetDocValues(SearchFields.TagLabel);
        (Story, Language, Kind, Year, Published, TranslationId) =
            (new int[maxDoc], new sbyte[maxDoc], new sbyte[maxDoc], new short[maxDoc], new long[maxDoc], new long[maxDoc]);
        (PlaceStart, TagStart) = (new int[maxDoc + 1], new int[maxDoc + 1]);
        var (placeOrds, tagOrds) = (new List<int>(maxDoc * 2), new List<int>(maxDoc * 2));
        for (var doc = 0; doc < maxDoc; doc++)
        {
            Story[doc] = story?.GetOrd(doc) ?? -1;
            Language[doc] = (sbyte)(language?.GetOrd(doc) ?? -1);
            Kind[doc] = (sbyte)(kind?.GetOrd(doc) ?? -1);
            Year[doc] = (short)(year?.Get(doc) ?? 0);
            Published[doc] = published?.Get(doc) ?? 0;
            TranslationId[doc] = translationId?.Get(doc) ?? 0;
            PlaceStart[doc] = placeOrds.Count;
            Ords(places, doc, placeOrds);
            TagStart[doc] = tagOrds.Count;
            Ords(tags, doc, tagOrds);
        }

        (PlaceStart[maxDoc], TagStart[maxDoc]) = (placeOrds.Count, tagOrds.Count);
        (PlaceOrds, TagOrds) = ([.. placeOrds], [.. tagOrds]);
        (LanguageCount, KindCount, PlaceCount, TagCount) =
            ((int)(language?.ValueCount ?? 0), (int)(kind?.ValueCount ?? 0), (int)(places?.ValueCount ?? 0), (int)(tags?.ValueCount ?? 0));
    }

    public int[] Story { get; }

    public sbyte[] Language { get; }

    public sbyte[] Kind { get; }

    public short[] Year { get; }

    public long[] Published { get; }

    public long[] TranslationId { get; }

    public int[] PlaceStart { get; }

    public int[] PlaceOrds { get; }

    public int[] TagStart { get; }

    public int[] TagOrds { get; }

    public int LanguageCount { get; }

    public int KindCount { get; }

    public int PlaceCount { get; }

    public int TagCount { get; }

    public static SegmentArrays For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentArrays(reader));

    private static void Ords(SortedSetDocValues? values, int doc, List<int> into)
    {
        if (values is null)
        {
            return;
        }

        values.SetDocument(doc);
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            into.Add((int)ord);
        }
    }
}
