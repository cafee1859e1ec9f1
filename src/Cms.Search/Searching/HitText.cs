namespace Cms.Search.Searching;

/// <summary>What a hit shows of its translation: the title, and the summary and body as plain text for the snippet.</summary>
public sealed record HitText(string Title, string Summary, string Body);
