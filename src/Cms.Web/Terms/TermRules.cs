using Cms.Web.Content;
using Cms.Web.Content.Rules;
using Cms.Web.Infrastructure;

namespace Cms.Web.Terms;

/// <summary>The rules a term obeys wherever it enters: the terms page, the API and <c>content/taxonomy/*.yml</c>.</summary>
internal static class TermRules
{
    public static IReadOnlyList<RuleViolation> Check(string key, TermEdit edit, SiteLanguages languages)
    {
        var violations = new List<RuleViolation>();
        if (key.Length > ContentLimits.TermKeyLength || !Slugifier.IsValid(key))
        {
            violations.Add(new("key", $"The key '{key}' must be lower-case ASCII letters and digits joined by hyphens, at most {ContentLimits.TermKeyLength} characters."));
        }

        foreach (var (language, label) in edit.Labels)
        {
            if (!languages.IsSupported(language))
            {
                violations.Add(new("labels", $"Unknown language '{language}' (configured: {string.Join(", ", languages.Codes)})."));
            }
            else if (label is not null)
            {
                CheckName(violations, "labels." + language, label);
            }
        }

        if (edit.CommonName is { } common)
        {
            CheckName(violations, "name", common);
        }

        var labelled = edit.Labels.Values.Any(l => !string.IsNullOrWhiteSpace(l));
        if (string.IsNullOrWhiteSpace(edit.CommonName) && !labelled)
        {
            violations.Add(new("labels", "A term needs a label in at least one language, or a name that is the same in all of them."));
        }
        else if (!string.IsNullOrWhiteSpace(edit.CommonName) && labelled)
        {
            violations.Add(new("name", "A name that is the same in every language replaces the labels: give one or the other."));
        }

        if (edit.Aliases.Count > ContentLimits.TermAliases)
        {
            violations.Add(new("aliases", $"At most {ContentLimits.TermAliases} aliases."));
        }

        foreach (var alias in edit.Aliases)
        {
            CheckName(violations, "aliases", alias);
        }

        return violations;
    }

    private static void CheckName(List<RuleViolation> violations, string field, string name)
    {
        if (name.Trim().Length > ContentLimits.TermLabelLength || name.Contains('\n', StringComparison.Ordinal) || name.Contains('\r', StringComparison.Ordinal))
        {
            violations.Add(new(field, $"A name must be one line of at most {ContentLimits.TermLabelLength} characters."));
        }
        else if (TextHygiene.Problem(name, multiline: false) is { } problem)
        {
            violations.Add(new(field, "The name " + problem + "."));
        }
    }
}
