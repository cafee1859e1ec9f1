namespace Cms.Search.Query;

/// <summary>A node of a parsed search query. <see cref="object.ToString"/> prints a canonical S-expression-like form.</summary>
public abstract record QueryNode;
