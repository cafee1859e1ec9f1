using Cms.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Cms.Search.Searching;

/// <summary>The filters of one search: from the request, or from the query's own fields (<c>lang:ky</c>). They
/// restrict the matches without changing their scores.</summary>
internal sealed record SearchFilters(string? Language, string? Kind, int? Year, string? Place, string? Tag)
{
    public static SearchFilters From(SearchRequest request, IReadOnlyDictionary<string, string> fields) => new(
        Clean(request.Language ?? fields.GetValueOrDefault("lang"))?.ToLowerInvariant(),
        Clean(request.Kind ?? fields.GetValueOrDefault("kind"))?.ToLowerInvariant(),
        request.Year,
        Clean(request.Place ?? fields.GetValueOrDefault("place")) is { } place ? PreparedDocument.FacetNorm(place) : null,
        Clean(request.Tag ?? fields.GetValueOrDefault("tag")) is { } tag ? PreparedDocument.FacetNorm(tag) : null);

    public LuceneQuery Apply(LuceneQuery match)
    {
        var filters = new List<TermQuery>();
        Add(filters, SearchFields.Language, Language);
        Add(filters, SearchFields.Kind, Kind);
        Add(filters, SearchFields.Year, Year is { } year ? PreparedDocument.YearText(year) : null);
        Add(filters, SearchFields.Place, Place);
        Add(filters, SearchFields.Tag, Tag);
        if (filters.Count == 0)
        {
            return match;
        }

        var filtered = new BooleanQuery(disableCoord: true) { { match, Occur.MUST } };
        foreach (var filter in filters)
        {
            filtered.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        }

        return filtered;
    }

    private static void Add(List<TermQuery> filters, string field, string? value)
    {
        if (value is not null)
        {
            filters.Add(new TermQuery(new Term(field, value)));
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
