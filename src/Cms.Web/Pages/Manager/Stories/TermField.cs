using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Terms;

namespace Cms.Web.Pages.Manager.Stories;

/// <summary>A term field of the editor: the story's terms one per line, by a name the editor can read back, and the
/// names to pick from (any label or alias of the vocabulary).</summary>
internal sealed record TermField(Vocabulary Vocabulary, string Name, string Lines, IReadOnlyList<string> Choices)
{
    public string Id => Vocabularies.StoryField(Vocabulary);

    public static TermField For(TermCatalog catalog, Vocabulary vocabulary, string formName, IEnumerable<string> entries, string language, IEnumerable<string> fallback)
    {
        var order = fallback.ToList();
        var lines = entries.Select(entry => DisplayName(catalog, vocabulary, entry, language, order));
        var choices = catalog.All.Where(t => t.Vocabulary == vocabulary)
            .SelectMany(t => t.Names.Prepend(catalog.Name(vocabulary, t.Key, language, order).Text))
            .Distinct(StringComparer.Ordinal)
            .Where(name => catalog.Resolve(vocabulary, name) is not null)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new TermField(vocabulary, formName, string.Join("\n", lines), choices);
    }

    /// <summary>A term's name in the editor's language when that name finds the term again, else its key; what is
    /// not a key (typed text kept after a failed save) stays as typed.</summary>
    private static string DisplayName(TermCatalog catalog, Vocabulary vocabulary, string entry, string language, IReadOnlyList<string> fallback)
    {
        if (catalog.Find(vocabulary, entry) is null)
        {
            return entry;
        }

        var name = catalog.Name(vocabulary, entry, language, fallback).Text;
        return catalog.IsUnambiguous(vocabulary, name, entry) ? name : entry;
    }
}
