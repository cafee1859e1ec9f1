using Cms.Web.Localization;
using Cms.Web.Newsroom;
using Cms.Web.Newsroom.Media;

namespace Cms.Web.Content.Rules;

/// <summary>
/// The rules every story's shared fields and every translation's text obey, wherever they enter: the editor, the
/// API and the content import. Field names are those of the API and of the content files.
/// </summary>
internal static class StoryRules
{
    public static IReadOnlyList<RuleViolation> Check(StoryFields fields)
    {
        var violations = new List<RuleViolation>();
        if (!StoryKinds.IsDefined(fields.Kind))
        {
            violations.Add(new("kind", new UiMessage("Error.Kind", StoryKinds.Expected)));
        }

        CheckDate(violations, "eventStart", fields.EventStart);
        CheckDate(violations, "eventEnd", fields.EventEnd);
        if (fields.EventStart is { } start && fields.EventEnd is { } end && end < start)
        {
            violations.Add(new("eventEnd", new UiMessage("Error.EventOrder")));
        }

        violations.AddRange(EventRules.Check(fields));
        CheckList(violations, "places", fields.Places);
        CheckList(violations, "organisers", fields.Organisers);
        CheckList(violations, "tags", fields.Tags);
        if (fields.Project is { } project)
        {
            CheckLine(violations, "project", project, ContentLimits.ProjectLength);
        }

        if (!string.IsNullOrWhiteSpace(fields.Image) && !MediaFileNames.IsSafeStoredName(fields.Image.Trim()))
        {
            violations.Add(new("image", new UiMessage("Error.Image")));
        }

        return violations;
    }

    /// <summary>Title, summary and body; the slug is the newsroom's (it depends on the other stories).</summary>
    public static IReadOnlyList<RuleViolation> Check(TranslationEdit edit)
    {
        var violations = new List<RuleViolation>();
        var title = edit.Title.Trim();
        if (title.Length == 0)
        {
            violations.Add(new("title", new UiMessage("Error.TitleRequired")));
        }
        else if (title.Length > ContentLimits.TitleLength || title.Contains('\n', StringComparison.Ordinal) || title.Contains('\r', StringComparison.Ordinal))
        {
            violations.Add(new("title", new UiMessage("Error.TitleLine", ContentLimits.TitleLength)));
        }
        else if (TextHygiene.ProblemOf(FieldName("title"), title, multiline: false) is { } problem)
        {
            violations.Add(new("title", problem));
        }

        if (edit.Slug is { } slug && TextHygiene.ProblemOf(FieldName("slug"), slug, multiline: false) is { } slugProblem)
        {
            violations.Add(new("slug", slugProblem));
        }

        if (edit.Summary.Length > ContentLimits.SummaryLength)
        {
            violations.Add(new("summary", new UiMessage("Error.SummaryLength", ContentLimits.SummaryLength)));
        }
        else if (TextHygiene.ProblemOf(FieldName("summary"), edit.Summary, multiline: true) is { } summaryProblem)
        {
            violations.Add(new("summary", summaryProblem));
        }

        if (edit.Body.Length > ContentLimits.BodyLength)
        {
            violations.Add(new("body", new UiMessage("Error.BodyLength", ContentLimits.BodyLength)));
        }
        else if (TextHygiene.ProblemOf(FieldName("body"), edit.Body, multiline: true) is { } bodyProblem)
        {
            violations.Add(new("body", bodyProblem));
        }
        else if (MarkdownSafety.Check(edit.Body) is { } unsafeMarkdown)
        {
            violations.Add(unsafeMarkdown);
        }

        return violations;
    }

    private static void CheckDate(List<RuleViolation> violations, string field, DateOnly? date)
    {
        if (date is { Year: < ContentLimits.FirstYear or > ContentLimits.LastYear })
        {
            violations.Add(new(field, new UiMessage("Error.YearRange", new UiMessage(FieldName(field)), ContentLimits.FirstYear, ContentLimits.LastYear)));
        }
    }

    private static void CheckList(List<RuleViolation> violations, string field, IReadOnlyList<string> items)
    {
        if (items.Count > ContentLimits.ListItems)
        {
            violations.Add(new(field, new UiMessage("Error.ListCount", new UiMessage(FieldName(field)), ContentLimits.ListItems, items.Count)));
            return;
        }

        foreach (var item in items)
        {
            if (CheckLine(violations, field, item, ContentLimits.ListItemLength))
            {
                return;
            }
        }
    }

    /// <summary>True when a violation was added.</summary>
    private static bool CheckLine(List<RuleViolation> violations, string field, string text, int maxLength)
    {
        if (text.Length > maxLength)
        {
            violations.Add(new(field, new UiMessage("Error.ItemLength", new UiMessage(FieldName(field)), maxLength)));
            return true;
        }

        if (TextHygiene.ProblemOf(FieldName(field), text, multiline: false) is { } problem)
        {
            violations.Add(new(field, problem));
            return true;
        }

        return false;
    }

    /// <summary>The resource key naming a field in a message: in English its API and file name, in the UI its label.</summary>
    public static string FieldName(string field) => "FieldName." + field;
}
