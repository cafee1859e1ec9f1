using Cms.Search.Analysis;
using Cms.Search.Index;
using Cms.Search.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Cms.Search.Searching;

/// <summary>Runs queries against the index: one pass over all matches gives exact totals, exact facets and the best
/// stories (one hit each); the page's texts are read from the database for titles and snippets.</summary>
public sealed class SearchEngine
{
    public const int MaxPageSize = 100;

    private readonly Analyzers analyzers;
    private readonly SearchIndexHost index;
    private readonly QueryCompiler compiler;

    /// <summary>Cores one search uses at once: for the collector pass over a broad query's matches, and for snippets.</summary>
    private readonly int threads;

    public SearchEngine(Analyzers analyzers, SearchIndexHost index)
        : this(analyzers, index, Math.Clamp(Environment.ProcessorCount, 1, 4))
    {
    }

    /// <param name="threads">Cores one search may use at once (1: all on the calling thread); the results are the same.</param>
    internal SearchEngine(Analyzers analyzers, SearchIndexHost index, int threads)
    {
        this.analyzers = analyzers;
        this.index = index;
        this.threads = Math.Max(1, threads);
        compiler = new QueryCompiler(analyzers);
    }

    /// <summary>Never throws for any query text: bad syntax degrades to words, no words to an empty result.</summary>
    public SearchResult Search(SearchRequest request, IHitTexts texts)
    {
        var page = Math.Clamp(request.Page, 1, 1_000_000);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var parsed = QueryParser.Parse(request.Query);
        var incomplete = index.MayBeIncomplete;
        if (parsed.Root is null)
        {
            return SearchResult.Empty(page, pageSize, parsed.Warnings) with { MayBeIncomplete = incomplete };
        }

        var compiled = compiler.Compile(parsed.Root);
        IReadOnlyList<string> warnings = [.. parsed.Warnings.Union(compiled.Warnings, StringComparer.Ordinal)];
        if (compiled.Match is null)
        {
            return SearchResult.Empty(page, pageSize, warnings) with { MayBeIncomplete = incomplete };
        }

        var filters = SearchFilters.From(request, compiled.FieldFilters);
        var result = index.Search(searcher =>
        {
            var found = Execute(searcher, compiled, filters, request, page, pageSize, texts, warnings);
            if (found.Total == 0 && compiled.CanFallBackToOr && compiler.Compile(parsed.Root, orInsteadOfAnd: true) is { Match: not null } any)
            {
                found = Execute(searcher, any, filters, request, page, pageSize, texts, warnings) with { FellBackToOr = true };
            }

            return found;
        });
        return (result ?? SearchResult.Empty(page, pageSize, warnings)) with { MayBeIncomplete = incomplete };
    }

    /// <summary>The Lucene query a query compiles to (filters aside); for diagnostics and the benchmark.</summary>
    public string? Explain(string query) => Compile(query)?.Match?.ToString();

    /// <summary>The whole compiled query, or null when nothing searchable was typed.</summary>
    internal CompiledQuery? Compile(string query) =>
        QueryParser.Parse(query).Root is { } root ? compiler.Compile(root) : null;

    private SearchResult Execute(
        IndexSearcher searcher, CompiledQuery query, SearchFilters filters, SearchRequest request, int page, int pageSize,
        IHitTexts texts, IReadOnlyList<string> warnings)
    {
        var needed = (int)Math.Min((long)page * pageSize, int.MaxValue);
        var collector = StoryCollection.Collect(
            searcher, TermBinding.Bind(Runnable(query, filters), searcher, index.TermsEnums), () => new StoryCollector(needed, request.Sort, request.ReaderLanguage, index.Facts), index.Facts, threads);
        var pageHits = collector.Top().Skip((page - 1) * pageSize).ToList();
        var hits = Hits(searcher, query, pageHits, texts);
        return new SearchResult(collector.Stories, page, pageSize, hits, collector.Facets(), false, warnings)
        {
            TotalTranslations = collector.Translations,
        };
    }

    /// <summary>The Lucene query a search runs: the compiled match, filtered; a whole query that is a sum of clauses is
    /// scored window by window (no conjunction leaps through it there).</summary>
    internal static Lucene.Net.Search.Query Runnable(CompiledQuery query, SearchFilters filters) =>
        Disjunction.SumOfAnyQuery.ForWholeQuery(filters.Apply(query.Match!));

    private List<SearchHit> Hits(IndexSearcher searcher, CompiledQuery query, List<StoryHit> pageHits, IHitTexts texts)
    {
        if (pageHits.Count == 0)
        {
            return [];
        }

        var leaves = searcher.IndexReader.Leaves;
        var shown = pageHits.Select(h => DocumentFacts.Read(leaves, h.Doc)).ToList();
        var read = texts.Read([.. shown.Select(s => s.TranslationId)]);
        var snippets = Snippets(query, shown, read);
        var hits = new List<SearchHit>(shown.Count);
        for (var i = 0; i < shown.Count; i++)
        {
            var facts = shown[i];
            if (!read.TryGetValue(facts.TranslationId, out var text))
            {
                continue; // unpublished a moment ago; the index follows within the next change
            }

            var snippet = snippets[i]!;
            var also = OtherTranslations(leaves, pageHits[i].Doc);
            hits.Add(new SearchHit(
                facts.StoryKey, facts.Language, text.Title, facts.Slug, facts.Kind, facts.PublishedUtc, snippet,
                Math.Round(pageHits[i].Score, 4), also));
        }

        return hits;
    }

    /// <summary>The page's snippets, made on up to <c>threads</c> cores at once: they are pure work on
    /// texts already read, and most of a page's cost when few stories match.</summary>
    private string?[] Snippets(CompiledQuery query, List<DocumentFacts> shown, IReadOnlyDictionary<long, HitText> read)
    {
        var snippets = new string?[shown.Count];
        Parallel.For(
            0,
            shown.Count,
            new ParallelOptions { MaxDegreeOfParallelism = shown.Count < 4 ? 1 : threads },
            () => new SnippetQuery(query.HighlightTerms, query.HighlightLooseKeys, query.HighlightPhrases), // one per thread
            (i, _, snippetQuery) =>
            {
                if (read.TryGetValue(shown[i].TranslationId, out var text))
                {
                    var analyzer = analyzers.For(shown[i].Language);
                    snippets[i] = SnippetBuilder.Build(text.Body, analyzers.Neutral, analyzer, snippetQuery)
                        ?? SnippetBuilder.Build(text.Summary, analyzers.Neutral, analyzer, snippetQuery)
                        ?? SnippetBuilder.Plain(text.Summary.Length > 0 ? text.Summary : text.Body);
                }

                return snippetQuery;
            },
            _ => { });
        return snippets;
    }

    /// <summary>The story's other indexed translations, by language: a story is one block of adjacent documents in one
    /// segment, so they are the hit's live neighbours with the same story ordinal.</summary>
    internal List<HitTranslation> OtherTranslations(IList<AtomicReaderContext> leaves, int globalDoc)
    {
        var leaf = leaves[ReaderUtil.SubIndex(globalDoc, leaves)];
        var reader = leaf.AtomicReader;
        var doc = globalDoc - leaf.DocBase;
        var docs = index.Facts.For(reader).Docs;
        var live = reader.LiveDocs;
        var found = new List<HitTranslation>();
        for (var step = -1; step <= 1; step += 2)
        {
            for (var other = doc + step; other >= 0 && other < reader.MaxDoc && docs[other].Story == docs[doc].Story; other += step)
            {
                if (live is null || live.Get(other))
                {
                    var facts = DocumentFacts.Read(leaves, leaf.DocBase + other);
                    found.Add(new HitTranslation(facts.Language, facts.Slug));
                }
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Language, b.Language));
        return found;
    }
}
