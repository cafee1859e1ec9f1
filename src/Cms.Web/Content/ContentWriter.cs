using System.Globalization;
using System.Text;

namespace Cms.Web.Content;

/// <summary>Writes the canonical content format: fixed key order, double-quoted strings, LF, one final newline.</summary>
internal static class ContentWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string directory, StoryDocument story)
    {
        var folder = Path.Combine(directory, story.Key);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, ContentReader.StoryFile), StoryYaml(story), Utf8NoBom);
        foreach (var translation in story.Translations)
        {
            File.WriteAllText(Path.Combine(folder, translation.Language + ".md"), TranslationMarkdown(translation), Utf8NoBom);
        }
    }

    public static string StoryYaml(StoryDocument story)
    {
        var yaml = new StringBuilder();
        yaml.Append("kind: ").Append(Rules.StoryKinds.Name(story.Kind)).Append('\n');
        yaml.Append("source: ").Append(story.SourceLanguage).Append('\n');
        AppendDate(yaml, "eventStart", story.EventStart);
        AppendDate(yaml, "eventEnd", story.EventEnd);
        var details = story.Event ?? Newsroom.EventDetails.None;
        AppendTime(yaml, "eventStartTime", details.StartTime);
        AppendTime(yaml, "eventEndTime", details.EndTime);
        AppendText(yaml, "venue", details.Venue);
        if (details.AddressLines.Count > 0)
        {
            var lines = details.AddressLines.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + ": " + Quote(a.Value));
            yaml.Append("venueAddress: { ").AppendJoin(", ", lines).Append(" }\n");
        }

        AppendText(yaml, "online", details.OnlineUrl);
        AppendText(yaml, "registration", details.RegistrationUrl);
        AppendDate(yaml, "registrationDeadline", details.RegistrationDeadline);
        AppendList(yaml, "places", story.Places);
        AppendList(yaml, "organisers", story.Organisers);
        if (!string.IsNullOrEmpty(story.Project))
        {
            yaml.Append("project: ").Append(Quote(story.Project)).Append('\n');
        }

        AppendList(yaml, "tags", story.Tags);
        if (!string.IsNullOrEmpty(story.Image))
        {
            yaml.Append("image: ").Append(Quote(story.Image)).Append('\n');
        }

        return yaml.ToString();
    }

    public static string TranslationMarkdown(TranslationDocument translation)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("title: ").Append(Quote(translation.Title)).Append('\n');
        text.Append("slug: ").Append(Quote(translation.Slug)).Append('\n');
        text.Append("summary: ").Append(Quote(translation.Summary)).Append('\n');
        text.Append("status: ").Append(ContentNames.Of(translation.Status)).Append('\n');
        AppendTimestamp(text, "publishedAt", translation.PublishedUtc);
        AppendTimestamp(text, "updatedAt", translation.UpdatedUtc);
        if (translation.TranslatedFromRevision is { } revision)
        {
            text.Append("translatedFrom: ").Append(revision.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        text.Append("---\n\n");
        text.Append(translation.Body.TrimEnd()).Append('\n');
        return text.ToString();
    }

    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\t' => quoted.Append("\\t"),
                _ when char.IsControl(c) => quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    private static void AppendDate(StringBuilder yaml, string key, DateOnly? date)
    {
        if (date is { } value)
        {
            yaml.Append(key).Append(": ").Append(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }
    }

    private static void AppendTime(StringBuilder yaml, string key, TimeOnly? time)
    {
        if (time is { } value)
        {
            yaml.Append(key).Append(": \"").Append(value.ToString("HH:mm", CultureInfo.InvariantCulture)).Append("\"\n");
        }
    }

    private static void AppendText(StringBuilder yaml, string key, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            yaml.Append(key).Append(": ").Append(Quote(text)).Append('\n');
        }
    }

    private static void AppendTimestamp(StringBuilder yaml, string key, DateTime? at)
    {
        if (at is { } value)
        {
            yaml.Append(key).Append(": ")
                .Append(value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append('\n');
        }
    }

    private static void AppendList(StringBuilder yaml, string key, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            yaml.Append(key).Append(": [").AppendJoin(", ", items.Select(Quote)).Append("]\n");
        }
    }
}
