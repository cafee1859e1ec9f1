namespace Cms.Web.Terms;

/// <summary>A text a story holds per language, as a page shows it: in the page's language, else the first of the
/// fallback order that has one, marked with the language it is in (null: the page's own).</summary>
internal readonly record struct LocalText(string Text, string? Language)
{
    public bool IsFallback => Language is not null;

    public static LocalText? Pick(IReadOnlyDictionary<string, string> texts, string language, IEnumerable<string> fallback)
    {
        if (texts.TryGetValue(language, out var own))
        {
            return new LocalText(own, null);
        }

        foreach (var other in fallback.Concat(texts.Keys.Order(StringComparer.Ordinal)))
        {
            if (texts.TryGetValue(other, out var text))
            {
                return new LocalText(text, other);
            }
        }

        return null;
    }
}
