using Cms.Bench.Latency;
using Cms.Search.Index;
using Cms.Search.Searching;
using Lucene.Net.Search;

namespace Cms.Bench.Profiling;

/// <summary>
/// Where the time of one of our searches goes, each stage run alone: parsing and compiling the query; matching alone
/// (Lucene counting the matches); the collector's pass (exact totals, facets over all matches, top stories); and the
/// whole search, whose remainder is the page (texts read by id, snippets, the hits' other translations).
/// </summary>
internal sealed class StageProfiler(SearchEngine engine, SearchIndexHost host, IHitTexts texts)
{
    public StageTimes Profile(BenchQuery query, int runs)
    {
        var text = query.Queries[0];
        var match = engine.Compile(text)?.Match ?? throw new BenchException($"'{text}' compiles to nothing");
        var request = new SearchRequest(text);
        return new StageTimes(
            query.Type,
            Median(runs, () => engine.Compile(text)),
            Median(runs, () => host.Search(searcher =>
            {
                var count = new TotalHitCountCollector();
                searcher.Search(match, count);
                return count;
            })),
            Median(runs, () => host.Search(searcher =>
            {
                var collector = new StoryCollector(request.PageSize, request.Sort, request.ReaderLanguage);
                searcher.Search(match, collector);
                collector.Finish();
                collector.Top();
                return collector.Facets();
            })),
            Median(runs, () => engine.Search(request, texts)));
    }

    private static double Median(int runs, Action action)
    {
        action();
        return LatencyStats.From(Enumerable.Range(0, runs).Select(_ => Clock.Milliseconds(action))).P50;
    }
}
