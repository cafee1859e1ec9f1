namespace Cms.Web.Content.Rules;

/// <summary>A submitted value that breaks a content rule. <paramref name="Line"/> counts lines inside a multi-line value (1 = first), 0 when unknown.</summary>
internal sealed record RuleViolation(string Field, string Message, int Line = 0)
{
    public static Dictionary<string, string[]> ToErrors(IEnumerable<RuleViolation> violations) =>
        violations.GroupBy(v => v.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray(), StringComparer.Ordinal);
}
