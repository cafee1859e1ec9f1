using Cms.Web.Localization;

namespace Cms.Web.Content.Rules;

/// <summary>A submitted value that breaks a content rule. <paramref name="Line"/> counts lines inside a multi-line value (1 = first), 0 when unknown.</summary>
internal sealed record RuleViolation(string Field, UiMessage Text, int Line = 0)
{
    /// <summary>The English text: the import's <c>FILE:LINE: message</c>, the API.</summary>
    public string Message => Text.English;

    public static Dictionary<string, UiMessage[]> ToErrors(IEnumerable<RuleViolation> violations) =>
        violations.GroupBy(v => v.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(v => v.Text).ToArray(), StringComparer.Ordinal);
}
