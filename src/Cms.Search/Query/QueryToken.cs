namespace Cms.Search.Query;

/// <summary>Text is the word (without stars), the normalised phrase, or the lower-case field name.</summary>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text = "", bool IsPrefix = false);
