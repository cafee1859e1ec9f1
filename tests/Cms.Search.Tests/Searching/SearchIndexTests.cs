using Cms.Search.Analysis;
using Cms.Search.Analysis.Common;
using Cms.Search.Index;
using Cms.Search.Searching;

namespace Cms.Search.Tests.Searching;

/// <summary>The index's life: changes applied per story, the sequence kept in the commit, the writer lock, generations.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly DirectoryInfo root = System.IO.Directory.CreateTempSubdirectory("cms-index-test-");

    [Fact]
    public void A_story_is_searchable_after_refresh_replaced_by_its_next_version_and_gone_after_removal()
    {
        using var index = new TestIndex(IndexFixture.Analyzers);
        var document = IndexFixture.Documents[0];

        index.Put([document]);
        Assert.Equal(1, index.Search("новостройках").Total);

        index.Put([document with { Body = "Текст про озеро", Summary = "", Title = "Озеро" }]);
        Assert.Equal(0, index.Search("новостройках").Total);
        Assert.Equal(1, index.Search("озеро").Total);
        Assert.Equal(1, index.Index.DocumentCount());

        index.Remove(document.StoryKey);
        Assert.Equal(0, index.Search("озеро").Total);
        Assert.Equal(0, index.Index.DocumentCount());
    }

    [Fact]
    public void Applied_changes_are_invisible_until_refresh()
    {
        using var index = new TestIndex(IndexFixture.Analyzers);
        index.Index.Apply([new StoryUpdate("lake", [PreparedDocument.From(IndexFixture.Documents[4], IndexFixture.Analyzers)])], 5);

        Assert.Equal(0, index.Index.DocumentCount());
        Assert.Equal(5, index.Index.AppliedSequence);
        index.Index.Refresh();
        Assert.Equal(1, index.Index.DocumentCount());
        Assert.Equal(5, index.Index.SearchableSequence);
    }

    [Fact]
    public void The_sequence_is_kept_in_the_commit_and_read_back_on_open()
    {
        var path = Path.Combine(root.FullName, "gen-a");
        using (var index = SearchIndex.Open(path, createWithVersion: "v1"))
        {
            index.Apply([new StoryUpdate("lake", [PreparedDocument.From(IndexFixture.Documents[4], IndexFixture.Analyzers)])], 41);
            Assert.True(index.Commit());
            index.Apply([new StoryUpdate("lake", [])], 42); // applied, never committed: as after a kill -9
        }

        using var reopened = SearchIndex.Open(path);
        Assert.Equal("v1", reopened.Version);
        Assert.True(reopened.CommittedSequence >= 41);
    }

    [Fact]
    public void A_second_writer_on_the_same_directory_is_refused_until_the_first_lets_go()
    {
        var store = IndexStore.Acquire(root.FullName);

        var refused = Assert.Throws<IndexLockedException>(() => IndexStore.Acquire(root.FullName));
        Assert.Contains("in use by another process", refused.Message, StringComparison.Ordinal);
        store.Dispose();
        IndexStore.Acquire(root.FullName).Dispose();
    }

    [Fact]
    public void A_missing_or_damaged_index_is_reported_and_a_promoted_generation_becomes_current()
    {
        using var store = IndexStore.Acquire(root.FullName);
        Assert.Null(store.OpenCurrent(out var missing));
        Assert.Equal("no index yet", missing);

        var first = store.CreateGeneration("v1", TimeProvider.System);
        first.Apply([new StoryUpdate("lake", [PreparedDocument.From(IndexFixture.Documents[4], IndexFixture.Analyzers)])], 3);
        store.Promote(first);
        first.Dispose();
        using (var current = store.OpenCurrent(out _))
        {
            Assert.NotNull(current);
            Assert.Equal(3, current.CommittedSequence);
        }

        var second = store.CreateGeneration("v2", TimeProvider.System);
        store.Promote(second);
        second.Dispose();
        Assert.Single(System.IO.Directory.GetDirectories(root.FullName, "gen-*"));

        foreach (var file in System.IO.Directory.GetFiles(second.Path, "segments*"))
        {
            File.WriteAllText(file, "garbage");
        }

        Assert.Null(store.OpenCurrent(out var damaged));
        Assert.StartsWith("the index cannot be read", damaged, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebuild_whose_log_is_empty_is_still_committed_when_promoted()
    {
        using var store = IndexStore.Acquire(root.FullName);
        using var built = store.CreateGeneration("v1", TimeProvider.System);
        built.Add([PreparedDocument.From(IndexFixture.Documents[4], IndexFixture.Analyzers)]); // sequence stays 0

        store.Promote(built);

        // Read from disk while the writer is still open (a kill -9 now would leave what this sees).
        using var committed = ReadOnlyIndex.OpenCurrent(root.FullName, out _);
        Assert.Equal(1, committed!.DocumentCount);
    }

    [Fact]
    public void A_bulk_load_adds_every_story_with_live_translations_once_in_groups_on_two_threads()
    {
        // 101 stories: several groups per thread and a short last one; every third story has no live translation.
        var stories = Enumerable.Range(0, 101).Select(i => (Id: i, Key: $"story-{i}", Live: i % 3 != 0)).ToList();
        using var index = new TestIndex(IndexFixture.Analyzers);
        var bulk = new BulkIndexer(index.Index, threads: 2);

        bulk.Add(stories, (story, memo) => story.Live
            ?
            [
                PreparedDocument.From(IndexFixture.Documents[4] with { Id = (2 * story.Id) + 2, StoryKey = story.Key, Language = "ru" }, IndexFixture.Analyzers, memo),
                PreparedDocument.From(IndexFixture.Documents[4] with { Id = (2 * story.Id) + 1, StoryKey = story.Key }, IndexFixture.Analyzers, memo),
            ]
            : []);
        index.Index.Refresh();

        var live = stories.Count(s => s.Live);
        Assert.Equal(2 * live, index.Index.DocumentCount());
        var found = index.Search("тренинг");
        Assert.Equal(live, found.Total);
        Assert.Equal(2 * live, found.TotalTranslations);
    }

    [Fact]
    public void A_changed_analysis_chain_changes_the_version_the_index_is_checked_against()
    {
        var changed = new Analyzers([new AnalyzerBuilder("ru").Add(new NormalizationFilter()).Build()]);

        Assert.NotEqual(IndexFixture.Analyzers.Version, changed.Version);
    }

    public void Dispose() => root.Delete(recursive: true);
}
