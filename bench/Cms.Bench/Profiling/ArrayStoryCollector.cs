using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Cms.Bench.Profiling;

/// <summary>
/// The story collector's per-match work (score, count translations and stories, tally language, kind, year, places
/// and tags once per story, keep the best translation of each story) over <see cref="SegmentArrays"/> instead of
/// Lucene.Net's doc values; the page's top list and the folding of ordinals into labels are left out (both are small).
/// </summary>
internal sealed class ArrayStoryCollector : ICollector
{
    private readonly int[] years = new int[3000];
    private Scorer? scorer;
    private SegmentArrays arrays = null!;
    private int[] languages = [];
    private int[] kinds = [];
    private int[] places = [];
    private int[] tags = [];
    private int storyOrd = -1;
    private float best;

    public int Translations { get; private set; }

    public int Stories { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        arrays = SegmentArrays.For(context.AtomicReader);
        (languages, kinds, places, tags) = (new int[arrays.LanguageCount], new int[arrays.KindCount], new int[arrays.PlaceCount], new int[arrays.TagCount]);
        storyOrd = -1;
    }

    public void Collect(int doc)
    {
        var score = scorer!.GetScore();
        Translations++;
        var language = arrays.Language[doc];
        if (language >= 0)
        {
            languages[language]++;
        }

        var ord = arrays.Story[doc];
        if (ord != storyOrd)
        {
            storyOrd = ord;
            Stories++;
            best = score;
            years[arrays.Year[doc]]++;
            var kind = arrays.Kind[doc];
            if (kind >= 0)
            {
                kinds[kind]++;
            }

            for (var i = arrays.PlaceStart[doc]; i < arrays.PlaceStart[doc + 1]; i++)
            {
                places[arrays.PlaceOrds[i]]++;
            }

            for (var i = arrays.TagStart[doc]; i < arrays.TagStart[doc + 1]; i++)
            {
                tags[arrays.TagOrds[i]]++;
            }
        }
        else if (score > best)
        {
            best = score;
        }
    }
}
