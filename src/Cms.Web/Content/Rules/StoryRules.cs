using System.Globalization;
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
            violations.Add(new("kind", $"'kind' must be {StoryKinds.Expected}."));
        }

        CheckDate(violations, "eventStart", fields.EventStart);
        CheckDate(violations, "eventEnd", fields.EventEnd);
        if (fields.EventStart is { } start && fields.EventEnd is { } end && end < start)
        {
            violations.Add(new("eventEnd", "The event cannot end before it starts."));
        }

        CheckList(violations, "places", fields.Places);
        CheckList(violations, "organisers", fields.Organisers);
        CheckList(violations, "tags", fields.Tags);
        if (fields.Project is { } project)
        {
            CheckLine(violations, "project", project, ContentLimits.ProjectLength);
        }

        if (!string.IsNullOrWhiteSpace(fields.Image) && !MediaFileNames.IsSafeStoredName(fields.Image.Trim()))
        {
            violations.Add(new("image", "Choose the image from the media library (a stored name like 2026/11/<32 hex digits>.jpg)."));
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
            violations.Add(new("title", "The title is required."));
        }
        else if (title.Length > ContentLimits.TitleLength || title.Contains('\n', StringComparison.Ordinal) || title.Contains('\r', StringComparison.Ordinal))
        {
            violations.Add(new("title", Invariant($"The title must be one line of at most {ContentLimits.TitleLength} characters.")));
        }
        else if (TextHygiene.Problem(title, multiline: false) is { } problem)
        {
            violations.Add(new("title", "The title " + problem + "."));
        }

        if (edit.Slug is { } slug && TextHygiene.Problem(slug, multiline: false) is { } slugProblem)
        {
            violations.Add(new("slug", "The slug " + slugProblem + "."));
        }

        if (edit.Summary.Length > ContentLimits.SummaryLength)
        {
            violations.Add(new("summary", Invariant($"The summary must be at most {ContentLimits.SummaryLength:N0} characters.")));
        }
        else if (TextHygiene.Problem(edit.Summary, multiline: true) is { } summaryProblem)
        {
            violations.Add(new("summary", "The summary " + summaryProblem + "."));
        }

        if (edit.Body.Length > ContentLimits.BodyLength)
        {
            violations.Add(new("body", Invariant($"The body must be at most {ContentLimits.BodyLength:N0} characters.")));
        }
        else if (TextHygiene.Problem(edit.Body, multiline: true) is { } bodyProblem)
        {
            violations.Add(new("body", "The body " + bodyProblem + "."));
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
            violations.Add(new(field, Invariant($"'{field}' must be between {ContentLimits.FirstYear} and {ContentLimits.LastYear}.")));
        }
    }

    private static void CheckList(List<RuleViolation> violations, string field, IReadOnlyList<string> items)
    {
        if (items.Count > ContentLimits.ListItems)
        {
            violations.Add(new(field, Invariant($"'{field}' may hold at most {ContentLimits.ListItems} items, not {items.Count:N0}.")));
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
            violations.Add(new(field, Invariant($"Each value of '{field}' must be at most {maxLength} characters.")));
            return true;
        }

        if (TextHygiene.Problem(text, multiline: false) is { } problem)
        {
            violations.Add(new(field, $"'{field}' {problem}."));
            return true;
        }

        return false;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
