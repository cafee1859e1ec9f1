using System.Collections.Frozen;
using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Terms;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Cms.Web.Content;

/// <summary>
/// Reads <c>content/taxonomy/{places,organisations,projects,tags}.yml</c>: each top-level key is a term key holding
/// its labels by language code, or <c>name</c> for a name that is the same in every language, <c>aliases</c>, and for a
/// place its <c>timeZone</c> (IANA, e.g. <c>Asia/Tbilisi</c>) when the site's is not the one of events held there.
/// </summary>
internal sealed class TaxonomyReader(SiteLanguages languages)
{
    public const string Folder = "taxonomy";

    public IReadOnlyList<TaxonomyTerm> Read(string contentDirectory, List<ContentError> errors)
    {
        var terms = new List<TaxonomyTerm>();
        var folder = Path.Combine(contentDirectory, Folder);
        if (!Directory.Exists(folder))
        {
            return terms;
        }

        var known = Vocabularies.All.ToDictionary(Vocabularies.FileName, v => v, StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            if (!known.TryGetValue(Path.GetFileName(file), out var vocabulary))
            {
                errors.Add(new ContentError(file, 0, $"unknown taxonomy file (expected {string.Join(", ", known.Keys)})"));
                continue;
            }

            ReadFile(file, vocabulary, terms, errors);
        }

        return terms;
    }

    private void ReadFile(string file, Vocabulary vocabulary, List<TaxonomyTerm> terms, List<ContentError> errors)
    {
        var yaml = File.ReadAllText(file).ReplaceLineEndings("\n");
        if (yaml.Trim().Length == 0)
        {
            return;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(file, (int)Math.Max(1, ex.Start.Line), $"broken YAML: {ex.InnerException?.Message ?? ex.Message}"));
            return;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            errors.Add(new ContentError(file, yaml.TrimEnd('\n').Count('\n') + 1, $"broken YAML: {ex.Message}"));
            return;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new ContentError(file, 1, "expected one 'key:' per term, each holding its labels"));
            return;
        }

        var allowed = languages.Codes.Append("name").Append("aliases").Append("timeZone").ToFrozenSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            var line = (int)keyNode.Start.Line;
            if (keyNode is not YamlScalarNode { Value: { } key } || !seen.Add(key))
            {
                errors.Add(new ContentError(file, line, keyNode is YamlScalarNode s ? $"term '{s.Value}' appears twice" : "a term key must be a plain name"));
                continue;
            }

            if (value is not YamlMappingNode mapping)
            {
                errors.Add(new ContentError(file, line, $"term '{key}' must hold its labels, e.g. {key}: {{ ru: \"…\", ky: \"…\" }}"));
                continue;
            }

            var before = errors.Count;
            var fields = new YamlFields(mapping, file, 0, allowed, errors) { FirstLine = line };
            var labels = languages.Codes.ToDictionary(c => c, c => fields.String(c), StringComparer.Ordinal);
            var edit = TermService.Normalized(new TermEdit(fields.String("name"), labels, fields.List("aliases"), fields.String("timeZone")));
            foreach (var violation in TermRules.Check(vocabulary, key, edit, languages))
            {
                var at = violation.Field.StartsWith("labels.", StringComparison.Ordinal) ? fields.LineOf(violation.Field["labels.".Length..])
                    : violation.Field is "name" or "aliases" or "timeZone" ? fields.LineOf(violation.Field) : line;
                errors.Add(new ContentError(file, at, violation.Message));
            }

            if (errors.Count == before)
            {
                terms.Add(new TaxonomyTerm(vocabulary, key, edit) { Location = new SourceLocation(file, line) });
            }
        }
    }
}
