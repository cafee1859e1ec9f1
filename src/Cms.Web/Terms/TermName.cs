namespace Cms.Web.Terms;

/// <summary>A term's name as a page shows it: the text, the language it is in (null: the page's own, or a common
/// name), and whether that is a fallback because the page's language has no label.</summary>
internal readonly record struct TermName(string Vocabulary, string Key, string Text, string? Language)
{
    public bool IsFallback => Language is not null;
}
