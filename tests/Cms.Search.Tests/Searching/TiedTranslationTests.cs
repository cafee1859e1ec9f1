using Cms.Search.Index;
using Cms.Search.Searching;

namespace Cms.Search.Tests.Searching;

/// <summary>When two translations of a story rank the same (equal scores, or the same publication in date order), the
/// hit is the newer translation (the higher id), whatever order the translations reached the index in.</summary>
public sealed class TiedTranslationTests
{
    public static TheoryData<long, long, SearchSort> Cases => new()
    {
        { 40, 41, SearchSort.Relevance },
        { 41, 40, SearchSort.Relevance },
        { 40, 41, SearchSort.Date },
        { 41, 40, SearchSort.Date },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_newer_of_two_tied_translations_is_the_hit(long russianId, long kyrgyzId, SearchSort sort)
    {
        using var index = new TestIndex(IndexFixture.Analyzers);
        var published = new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
        SearchDocument Translation(long id, string language) =>
            new(id, "story-tie", language, "news", published, "Zork", "zork-" + language, "", "zork qwerty", [], [], []);

        // Given to the index in the order of languages, not of ids: each case has the newer one first once.
        index.Put([Translation(russianId, "ru"), Translation(kyrgyzId, "ky")]);

        var result = index.Search(new SearchRequest("zork", Sort: sort));

        var hit = Assert.Single(result.Hits);
        Assert.Equal(2, result.TotalTranslations);
        Assert.Equal(russianId > kyrgyzId ? "ru" : "ky", hit.Language);
    }

    [Fact]
    public void A_story_block_is_laid_out_by_translation_id()
    {
        using var index = new TestIndex(IndexFixture.Analyzers);
        var published = new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
        index.Put(
        [
            new SearchDocument(7, "story-order", "ka", "news", published, "Zork", "a", "", "zork", [], [], []),
            new SearchDocument(5, "story-order", "ru", "news", published, "Zork", "b", "", "zork", [], [], []),
            new SearchDocument(6, "story-order", "ky", "news", published, "Zork", "c", "", "zork", [], [], []),
        ]);

        var ids = index.Host.Search(searcher =>
        {
            var leaf = Assert.Single(searcher.IndexReader.Leaves).AtomicReader;
            var values = leaf.GetNumericDocValues(SearchFields.TranslationId);
            return Enumerable.Range(0, leaf.MaxDoc).Select(doc => values.Get(doc)).ToList();
        });

        Assert.Equal([5L, 6L, 7L], ids);
    }
}
