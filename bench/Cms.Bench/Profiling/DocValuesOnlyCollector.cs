using Cms.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Cms.Bench.Profiling;

/// <summary>Reads, for every match, the doc values the story collector reads (story, language, kind, year,
/// publication, translation id, and with <c>withSets</c> places and tags) and keeps nothing: what reading them costs,
/// without scoring or tallies.</summary>
internal sealed class DocValuesOnlyCollector(bool withSets) : ICollector
{
    private SortedDocValues story = DocValues.EMPTY_SORTED;
    private SortedDocValues language = DocValues.EMPTY_SORTED;
    private SortedDocValues kind = DocValues.EMPTY_SORTED;
    private NumericDocValues year = DocValues.EMPTY_NUMERIC;
    private NumericDocValues published = DocValues.EMPTY_NUMERIC;
    private NumericDocValues translationId = DocValues.EMPTY_NUMERIC;
    private SortedSetDocValues places = DocValues.EMPTY_SORTED_SET;
    private SortedSetDocValues tags = DocValues.EMPTY_SORTED_SET;

    public long Sum { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        story = reader.GetSortedDocValues(SearchFields.StoryKey) ?? DocValues.EMPTY_SORTED;
        language = reader.GetSortedDocValues(SearchFields.Language) ?? DocValues.EMPTY_SORTED;
        kind = reader.GetSortedDocValues(SearchFields.Kind) ?? DocValues.EMPTY_SORTED;
        year = reader.GetNumericDocValues(SearchFields.Year) ?? DocValues.EMPTY_NUMERIC;
        published = reader.GetNumericDocValues(SearchFields.Published) ?? DocValues.EMPTY_NUMERIC;
        translationId = reader.GetNumericDocValues(SearchFields.TranslationId) ?? DocValues.EMPTY_NUMERIC;
        places = reader.GetSortedSetDocValues(SearchFields.PlaceLabel) ?? DocValues.EMPTY_SORTED_SET;
        tags = reader.GetSortedSetDocValues(SearchFields.TagLabel) ?? DocValues.EMPTY_SORTED_SET;
    }

    public void Collect(int doc)
    {
        Sum += story.GetOrd(doc) + language.GetOrd(doc) + kind.GetOrd(doc) + year.Get(doc) + published.Get(doc) + translationId.Get(doc);
        if (withSets)
        {
            Sum += Ords(places, doc) + Ords(tags, doc);
        }
    }

    private static long Ords(SortedSetDocValues values, int doc)
    {
        var sum = 0L;
        values.SetDocument(doc);
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            sum += ord;
        }

        return sum;
    }
}
