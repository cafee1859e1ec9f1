using Cms.Bench.Latency;
using Cms.Search.Analysis;
using Cms.Search.Index;
using Cms.Search.Searching;
using Lucene.Net.Search;

namespace Cms.Bench.Profiling;

/// <summary>
/// Where the time of one of our searches goes, each stage run alone, as <see cref="SearchEngine"/> runs it, in CPU
/// time of the thread where the machine has that clock (so a busy machine does not blur it): parsing and compiling
/// the query; matching alone (Lucene counting the matches); matching and scoring every match; matching and reading
/// the collector's single-valued doc values for every match, then those and the places and tags too; the
/// collector's pass (exact totals, facets over all matches, top stories); then the page: the hits' doc values, their
/// texts read by id, the snippets, and the hits' other translations; and the whole search.
/// </summary>
internal sealed class StageProfiler(Analyzers analyzers, SearchEngine engine, SearchIndexHost host, IHitTexts texts)
{
    public StageTimes Profile(BenchQuery query, int runs)
    {
        var text = query.Queries[0];
        var compiled = engine.Compile(text) ?? throw new BenchException($"'{text}' compiles to nothing");
        _ = compiled.Match ?? throw new BenchException($"'{text}' compiles to nothing");
        var request = new SearchRequest(text);
        var match = SearchEngine.Runnable(compiled, SearchFilters.From(request, compiled.FieldFilters)); // as the engine runs it
        var hits = host.Search(searcher => Collect(searcher, match, request, host.Facts).Top()) ?? [];
        var facts = host.Search(searcher => hits.Select(h => DocumentFacts.Read(searcher.IndexReader.Leaves, h.Doc)).ToList()) ?? [];
        var read = texts.Read([.. facts.Select(f => f.TranslationId)]);
        var snippetTerms = (compiled.HighlightTerms, compiled.HighlightLooseKeys, compiled.HighlightPhrases);
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
                var scored = new ScoreOnlyCollector();
                searcher.Search(match, scored);
                return scored;
            })),
            Median(runs, () => host.Search(searcher =>
            {
                var read = new DocValuesOnlyCollector(withSets: false);
                searcher.Search(match, read);
                return read;
            })),
            Median(runs, () => host.Search(searcher =>
            {
                var read = new DocValuesOnlyCollector(withSets: true);
                searcher.Search(match, read);
                return read;
            })),
            Median(runs, () => host.Search(searcher => Collect(searcher, match, request, host.Facts).Facets())),
            Median(runs, () => host.Search(searcher => hits.Select(h => DocumentFacts.Read(searcher.IndexReader.Leaves, h.Doc)).ToList())),
            Median(runs, () => texts.Read([.. facts.Select(f => f.TranslationId)])),
            Median(runs, () =>
            {
                var snippetQuery = new SnippetQuery(snippetTerms.HighlightTerms, snippetTerms.HighlightLooseKeys, snippetTerms.HighlightPhrases);
                foreach (var f in facts)
                {
                    var analyzer = analyzers.For(f.Language);
                    var t = read[f.TranslationId];
                    _ = SnippetBuilder.Build(t.Body, analyzers.Neutral, analyzer, snippetQuery)
                        ?? SnippetBuilder.Build(t.Summary, analyzers.Neutral, analyzer, snippetQuery)
                        ?? SnippetBuilder.Plain(t.Summary);
                }
            }),
            Median(runs, () => host.Search(searcher => hits.Select(h => engine.OtherTranslations(searcher.IndexReader.Leaves, h.Doc)).ToList())),
            Median(runs, () => engine.Search(request, texts)));
    }

    private StoryCollector Collect(IndexSearcher searcher, Query match, SearchRequest request, SegmentFactsCache facts)
    {
        var collector = new StoryCollector(request.PageSize, request.Sort, request.ReaderLanguage, facts);
        searcher.Search(TermBinding.Bind(match, searcher, host.TermsEnums), collector);
        collector.Finish();
        return collector;
    }

    private static double Median(int runs, Action action)
    {
        action();
        return LatencyStats.From(Enumerable.Range(0, runs).Select(_ => Clock.Cpu(action))).P50;
    }
}
