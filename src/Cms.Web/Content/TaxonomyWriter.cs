using System.Text;
using Cms.Web.Content.Rules;
using Cms.Web.Data;

namespace Cms.Web.Content;

/// <summary>Writes <c>taxonomy/*.yml</c> canonically: terms by key, then name or labels in the site's language order,
/// then aliases, then a place's time zone; double-quoted strings, LF, one final newline.</summary>
internal static class TaxonomyWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string contentDirectory, IReadOnlyList<TaxonomyTerm> terms, IEnumerable<string> languageOrder)
    {
        var order = languageOrder.ToList();
        var folder = Path.Combine(contentDirectory, TaxonomyReader.Folder);
        foreach (var vocabulary in Vocabularies.All)
        {
            var ofVocabulary = terms.Where(t => t.Vocabulary == vocabulary).OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
            if (ofVocabulary.Count == 0)
            {
                continue;
            }

            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, Vocabularies.FileName(vocabulary)), Yaml(ofVocabulary, order), Utf8NoBom);
        }
    }

    public static string Yaml(IEnumerable<TaxonomyTerm> terms, IReadOnlyList<string> languageOrder)
    {
        var yaml = new StringBuilder();
        foreach (var term in terms)
        {
            yaml.Append(term.Key).Append(":\n");
            if (term.Edit.CommonName is { } name)
            {
                yaml.Append("  name: ").Append(ContentWriter.Quote(name)).Append('\n');
            }

            foreach (var language in languageOrder)
            {
                if (term.Edit.Labels.TryGetValue(language, out var label) && label is not null)
                {
                    yaml.Append("  ").Append(language).Append(": ").Append(ContentWriter.Quote(label)).Append('\n');
                }
            }

            if (term.Edit.Aliases.Count > 0)
            {
                yaml.Append("  aliases: [").AppendJoin(", ", term.Edit.Aliases.Select(ContentWriter.Quote)).Append("]\n");
            }

            if (term.Edit.TimeZone is { } zone)
            {
                yaml.Append("  timeZone: ").Append(ContentWriter.Quote(zone)).Append('\n');
            }
        }

        return yaml.ToString();
    }

    public static TaxonomyTerm From(Term term) => new(
        term.Vocabulary,
        term.Key,
        new Terms.TermEdit(term.CommonName, term.Labels.ToDictionary(l => l.Language, l => (string?)l.Text, StringComparer.Ordinal), [.. term.Aliases], term.TimeZone));
}
