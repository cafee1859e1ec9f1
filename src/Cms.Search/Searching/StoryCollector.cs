using Cms.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Cms.Search.Searching;

/// <summary>
/// One pass over every match gives the exact totals (translations and stories), exact facets (distinct stories per
/// value) and the best stories, one hit each. It relies on the index layout: a story's translations are one block of
/// adjacent documents in one segment, and matches arrive in document order, so a story's matches arrive together and
/// "a new story" is simply "a different story ordinal than the last document's": no set of seen stories is needed.
/// Among a story's matching translations the one in the reader's language is shown when it matched, else the best.
/// </summary>
internal sealed class StoryCollector : ICollector
{
    private readonly int needed;
    private readonly SearchSort sort;
    private readonly BytesRef readerLanguage;
    private readonly StoryHitOrder order;
    private readonly PriorityQueue<StoryHit, StoryHit> top;
    private readonly YearTally years = new();
    private readonly SegmentFactsCache cache;

    private Scorer? scorer;
    private int docBase;
    private SegmentFacts facts = null!;
    private int readerLanguageOrd = -1;

    // The story being collected: its best matching translation so far (segment doc and score), and the one in the
    // reader's language when that matched. Rank details are read only when two are compared or the story competes.
    private int storyOrd = -1;
    private int bestDoc;
    private float bestScore;
    private int readerLanguageDoc = -1;
    private int year1;
    private int year2;

    public StoryCollector(int needed, SearchSort sort, string? readerLanguage, SegmentFactsCache cache)
    {
        this.cache = cache;
        this.needed = Math.Max(1, needed);
        this.sort = sort;
        this.readerLanguage = new BytesRef(readerLanguage ?? "");
        order = new StoryHitOrder(sort);
        top = new PriorityQueue<StoryHit, StoryHit>(Math.Min(this.needed, 1024), order);
    }

    public int Translations { get; private set; }

    public int Stories { get; private set; }

    public FacetTally Languages { get; } = new();

    public FacetTally Kinds { get; } = new();

    public FacetTally Places { get; } = new();

    public FacetTally Tags { get; } = new();

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        EndSegment();
        var reader = context.AtomicReader;
        docBase = context.DocBase;
        facts = cache.For(reader);
        var language = reader.GetSortedDocValues(SearchFields.Language) ?? DocValues.EMPTY_SORTED;
        var kind = reader.GetSortedDocValues(SearchFields.Kind) ?? DocValues.EMPTY_SORTED;
        var places = reader.GetSortedSetDocValues(SearchFields.PlaceLabel) ?? DocValues.EMPTY_SORTED_SET;
        var tags = reader.GetSortedSetDocValues(SearchFields.TagLabel) ?? DocValues.EMPTY_SORTED_SET;
        readerLanguageOrd = readerLanguage.Length == 0 ? -1 : language.LookupTerm(readerLanguage);
        Languages.Begin(language.ValueCount, (ord, into) => language.LookupOrd((int)ord, into));
        Kinds.Begin(kind.ValueCount, (ord, into) => kind.LookupOrd((int)ord, into));
        Places.Begin(places.ValueCount, places.LookupOrd);
        Tags.Begin(tags.ValueCount, tags.LookupOrd);
    }

    public void Collect(int doc)
    {
        ref readonly var fact = ref facts.Docs[doc];
        var score = sort == SearchSort.Relevance ? scorer!.GetScore() : 0f;
        Translations++;
        Languages.Add(fact.Language); // a story has one translation per language: counting documents counts stories
        if (fact.Story != storyOrd)
        {
            EndStory();
            storyOrd = fact.Story;
            Stories++;
            (bestDoc, bestScore, readerLanguageDoc) = (doc, score, -1);
            (year1, year2) = (fact.Year, -1);
            CountYear(fact.Year);
            Kinds.Add(fact.Kind);
            var ords = facts.Ords;
            var tagStart = fact.OrdStart + fact.PlaceCount;
            for (var i = fact.OrdStart; i < tagStart; i++)
            {
                Places.Add(ords[i]);
            }

            for (var i = tagStart; i < tagStart + fact.TagCount; i++)
            {
                Tags.Add(ords[i]);
            }
        }
        else
        {
            if (Better(doc, score, bestDoc, bestScore)) // doc comes after bestDoc
            {
                (bestDoc, bestScore) = (doc, score);
            }

            if (fact.Year != year1 && fact.Year != year2)
            {
                // Translations of one story published in different years count once in each (three at most).
                year2 = year2 < 0 ? fact.Year : year2;
                CountYear(fact.Year);
            }
        }

        if (fact.Language >= 0 && fact.Language == readerLanguageOrd)
        {
            readerLanguageDoc = doc;
        }
    }

    /// <summary>Ends the last story and segment; call once after the search.</summary>
    public void Finish() => EndSegment();

    /// <summary>The best stories, best first, up to the number asked for.</summary>
    public List<StoryHit> Top()
    {
        var hits = new List<StoryHit>(top.Count);
        while (top.TryDequeue(out var hit, out _))
        {
            hits.Add(hit);
        }

        hits.Reverse();
        return hits;
    }

    public SearchFacets Facets() => Stories == 0
        ? SearchFacets.None
        : new SearchFacets(
            Languages.Top(10),
            Kinds.Top(10),
            years.Newest(50),
            Places.Top(10),
            Tags.Top(10));

    /// <summary>Adds the counts and best stories of a collector that saw other documents (another slice of the index,
    /// never part of a story this one saw: a story is one block in one segment). Both must be finished. The best stories
    /// are in a strict order (score or date, then translation id), so the merged top is the same whatever the split.</summary>
    public void Merge(StoryCollector other)
    {
        Translations += other.Translations;
        Stories += other.Stories;
        Languages.Add(other.Languages);
        Kinds.Add(other.Kinds);
        Places.Add(other.Places);
        Tags.Add(other.Tags);
        years.Add(other.years);
        foreach (var (hit, _) in other.top.UnorderedItems)
        {
            Offer(hit);
        }
    }

    private void CountYear(int year) => years.Add(year);

    private void EndSegment()
    {
        EndStory();
        storyOrd = -1;
        Languages.End();
        Kinds.End();
        Places.End();
        Tags.End();
    }

    private void EndStory()
    {
        if (storyOrd < 0)
        {
            return;
        }

        storyOrd = -1;
        if (top.Count == needed && sort == SearchSort.Relevance && bestScore < top.Peek().Score)
        {
            return; // cannot enter the top: no need to read its rank
        }

        // Ranked by its best translation, shown in the reader's language when that one matched.
        var rank = facts.Ranks[bestDoc];
        var shown = readerLanguageDoc >= 0 ? readerLanguageDoc : bestDoc;
        Offer(new StoryHit(docBase + shown, bestScore, rank.Published, rank.TranslationId));
    }

    /// <summary>Whether a story's translation ranks above one of its translations that came before it: by score (or
    /// publication, for date order), then the newer one. A story's block is laid out by translation id (see
    /// <see cref="SearchIndex"/>), so the later document is the newer translation: a tie reads nothing more.</summary>
    private bool Better(int doc, float score, int earlierDoc, float earlierScore)
    {
        if (sort == SearchSort.Relevance)
        {
            return score >= earlierScore;
        }

        var (published, earlier) = (facts.Ranks[doc].Published, facts.Ranks[earlierDoc].Published);
        return published >= earlier;
    }

    private void Offer(StoryHit shown)
    {
        if (top.Count < needed)
        {
            top.Enqueue(shown, shown);
        }
        else if (order.Compare(shown, top.Peek()) > 0)
        {
            top.EnqueueDequeue(shown, shown);
        }
    }
}
