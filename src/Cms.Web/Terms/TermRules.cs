using Cms.Web.Content;
using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;

namespace Cms.Web.Terms;

/// <summary>The rules a term obeys wherever it enters: the terms page, the API and <c>content/taxonomy/*.yml</c>.</summary>
internal static class TermRules
{
    public static IReadOnlyList<RuleViolation> Check(Vocabulary vocabulary, string key, TermEdit edit, SiteLanguages languages)
    {
        var violations = new List<RuleViolation>();
        if (key.Length > ContentLimits.TermKeyLength || !Slugifier.IsValid(key))
        {
            violations.Add(new("key", new UiMessage("Error.TermKey", key, ContentLimits.TermKeyLength)));
        }

        foreach (var (language, label) in edit.Labels)
        {
            if (!languages.IsSupported(language))
            {
                violations.Add(new("labels", new UiMessage("Error.TermLanguage", language, string.Join(", ", languages.Codes))));
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
            violations.Add(new("labels", new UiMessage("Error.TermUnnamed")));
        }
        else if (!string.IsNullOrWhiteSpace(edit.CommonName) && labelled)
        {
            violations.Add(new("name", new UiMessage("Error.TermNameAndLabels")));
        }

        if (edit.Aliases.Count > ContentLimits.TermAliases)
        {
            violations.Add(new("aliases", new UiMessage("Error.TermAliases", ContentLimits.TermAliases)));
        }

        foreach (var alias in edit.Aliases)
        {
            CheckName(violations, "aliases", alias);
        }

        if (edit.TimeZone is { } zone)
        {
            if (vocabulary != Vocabulary.Place)
            {
                violations.Add(new("timeZone", new UiMessage("Error.TermTimeZonePlace")));
            }
            else if (!VenueZones.IsKnown(zone))
            {
                violations.Add(new("timeZone", new UiMessage("Error.TermTimeZone", zone)));
            }
        }

        return violations;
    }

    private static void CheckName(List<RuleViolation> violations, string field, string name)
    {
        if (name.Trim().Length > ContentLimits.TermLabelLength || name.Contains('\n', StringComparison.Ordinal) || name.Contains('\r', StringComparison.Ordinal))
        {
            violations.Add(new(field, new UiMessage("Error.TermNameLength", ContentLimits.TermLabelLength)));
        }
        else if (TextHygiene.ProblemOf("FieldName.termName", name, multiline: false) is { } problem)
        {
            violations.Add(new(field, problem));
        }
    }
}
