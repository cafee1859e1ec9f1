namespace Cms.Web.Newsroom.Splitting;

/// <summary>
/// One language's share of a pasted text, proposed as a translation: its language ("ky", "ru", "ka", or "und"
/// when the text has no Cyrillic or Georgian letters), title, Markdown-ready body and the dates it mentions.
/// </summary>
internal sealed record SplitPart(string Language, string Title, string Body, IReadOnlyList<DateOnly> Dates);
