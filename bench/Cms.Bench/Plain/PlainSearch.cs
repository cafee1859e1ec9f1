using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Cms.Bench.Plain;

/// <summary>
/// Searches the plain index as a user would first write it: the classic <c>MultiFieldQueryParser</c> over every
/// title, summary and body field (AND between words, as ours), the top 20 by Lucene's default similarity with the
/// total, each hit's stored text loaded and one snippet per hit from the stock <c>Highlighter</c>.
/// </summary>
internal sealed class PlainSearch : IDisposable
{
    private const int SnippetFallback = 200;

    private readonly FSDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Analyzer analyzer = PlainFields.CreateAnalyzer();

    public PlainSearch(string path)
    {
        directory = FSDirectory.Open(path);
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    /// <summary>The total and the page's snippets; a query the parser refuses finds nothing.</summary>
    public (int Total, List<string> Snippets) Search(string text)
    {
        var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, PlainFields.Searched, analyzer, PlainFields.Boosts)
        {
            DefaultOperator = Operator.AND,
        };
        Query query;
        try
        {
            query = parser.Parse(text);
        }
        catch (ParseException)
        {
            return (0, []);
        }

        var top = searcher.Search(query, 20);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new QueryScorer(query));
        var snippets = new List<string>(top.ScoreDocs.Length);
        foreach (var hit in top.ScoreDocs)
        {
            var document = searcher.Doc(hit.Doc);
            var language = document.Get(PlainFields.Language, CultureInfo.InvariantCulture);
            var body = document.Get(PlainFields.Body(language), CultureInfo.InvariantCulture) ?? "";
            var summary = document.Get(PlainFields.Summary(language), CultureInfo.InvariantCulture) ?? "";
            _ = document.Get(PlainFields.Title(language), CultureInfo.InvariantCulture);
            snippets.Add(
                highlighter.GetBestFragment(analyzer, PlainFields.Body(language), body)
                ?? highlighter.GetBestFragment(analyzer, PlainFields.Summary(language), summary)
                ?? summary[..Math.Min(summary.Length, SnippetFallback)]);
        }

        return (top.TotalHits, snippets);
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
