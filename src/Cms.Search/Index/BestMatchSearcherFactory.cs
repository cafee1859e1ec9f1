using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Cms.Search.Index;

/// <summary>Searchers that rank with BM25 (term frequency saturation, length normalisation per field, IDF).</summary>
internal sealed class BestMatchSearcherFactory : SearcherFactory
{
    public static Similarity Similarity { get; } = new BM25Similarity();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
}
