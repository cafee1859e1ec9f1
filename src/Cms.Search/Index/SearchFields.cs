namespace Cms.Search.Index;

/// <summary>The Lucene fields of a translation's document, and how much a match in each weighs.</summary>
internal static class SearchFields
{
    // Analysed, with positions: phrases match within one of them.
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Meta = "meta";

    /// <summary>Loose keys (transliteration, Kyrgyz typed on a Russian keyboard): no positions, weighed far lower.</summary>
    public const string Loose = "loose";

    // Exact values, indexed for filters and kept as doc values for facets, collapsing and sorting.
    public const string StoryKey = "story";
    public const string Language = "lang";
    public const string Kind = "kind";
    public const string Year = "year";
    public const string Place = "place";
    public const string Tag = "tag";

    // Doc values only.
    public const string TranslationId = "tid";
    public const string Published = "published";
    public const string Slug = "slug";
    public const string PlaceLabel = "place_label";
    public const string TagLabel = "tag_label";

    public const float TitleWeight = 10f;
    public const float SummaryWeight = 4f;
    public const float BodyWeight = 1f;
    public const float MetaWeight = 2f;
    public const float LooseWeight = 0.3f;

    /// <summary>Part of the index version: change it whenever a field or its indexing changes.</summary>
    public const string Version = "lucene-3";

    public static readonly (string Field, float Weight)[] Exact =
    [
        (Title, TitleWeight), (Summary, SummaryWeight), (Body, BodyWeight), (Meta, MetaWeight),
    ];
}
