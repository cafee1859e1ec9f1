using System.Collections.Frozen;
using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Newsroom;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Cms.Web.Content;

/// <summary>Reads and validates a content tree; every problem is reported, none is applied.</summary>
internal sealed class ContentReader(SiteLanguages languages)
{
    public const string StoryFile = "story.yml";

    private readonly TaxonomyReader taxonomy = new(languages);

    private readonly FrozenSet<string> languageCodes = languages.Codes.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> StoryKeys = FrozenSet.Create(
        StringComparer.Ordinal, "kind", "source", "eventStart", "eventEnd", "eventStartTime", "eventEndTime", "venue", "venueAddress", "online",
        "registration",
        "registrationDeadline", "places", "organisers", "project", "tags", "image");

    private static readonly FrozenSet<string> TranslationKeys = FrozenSet.Create(
        StringComparer.Ordinal, "title", "slug", "summary", "status", "publishedAt", "updatedAt", "translatedFrom");

    /// <summary>Reads the stories and the taxonomy; a story's term must be in the taxonomy or <paramref name="knownTerm"/>
    /// (the terms the database already has).</summary>
    /// <exception cref="ContentException">Any file is invalid.</exception>
    public ContentTree Read(string directory, Func<Vocabulary, string, bool>? knownTerm = null)
    {
        if (!Directory.Exists(directory))
        {
            throw new ContentException([new ContentError(directory, 0, "content directory not found")]);
        }

        var errors = new List<ContentError>();
        var terms = taxonomy.Read(directory, errors);
        var stories = new List<StoryDocument>();
        var references = new List<TermReference>();
        var folders = Directory.GetDirectories(directory)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && !string.Equals(Path.GetFileName(d), TaxonomyReader.Folder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            if (ReadStory(folder, errors, references) is { } story)
            {
                stories.Add(story);
            }
        }

        CheckUniqueSlugs(stories, errors);
        CheckReferences(terms, references, knownTerm, errors);
        if (errors.Count > 0)
        {
            throw new ContentException(errors);
        }

        return new ContentTree(stories, terms);
    }

    private static void CheckReferences(
        IReadOnlyList<TaxonomyTerm> terms, List<TermReference> references, Func<Vocabulary, string, bool>? knownTerm, List<ContentError> errors)
    {
        var keys = terms.Select(t => (t.Vocabulary, t.Key)).ToHashSet();
        var names = new Terms.TermCatalog(terms.Select(t => new Terms.TermEntry(
            t.Vocabulary, t.Key, t.Edit.CommonName, t.Edit.Labels.ToDictionary(l => l.Key, l => l.Value!, StringComparer.Ordinal), t.Edit.Aliases)));
        foreach (var reference in references)
        {
            if (keys.Contains((reference.Vocabulary, reference.Key)) || knownTerm?.Invoke(reference.Vocabulary, reference.Key) == true)
            {
                continue;
            }

            var hint = names.Resolve(reference.Vocabulary, reference.Key) is { } key ? $"; did you mean '{key}'?" : "";
            errors.Add(new ContentError(reference.File, reference.Line,
                $"unknown {Vocabularies.Name(reference.Vocabulary)} '{reference.Key}': {Vocabularies.StoryField(reference.Vocabulary)} refer to keys of {TaxonomyReader.Folder}/{Vocabularies.FileName(reference.Vocabulary)}{hint}"));
        }
    }

    private StoryDocument? ReadStory(string folder, List<ContentError> errors, List<TermReference> references)
    {
        var key = Path.GetFileName(folder);
        var storyFile = Path.Combine(folder, StoryFile);
        var before = errors.Count;
        if (!Slugifier.IsValid(key))
        {
            errors.Add(new ContentError(folder, 0, $"story folder name '{key}' must be lower-case ASCII words joined by hyphens"));
        }

        var translations = new List<TranslationDocument>();
        foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            if (ReadTranslation(file, errors) is { } translation)
            {
                translations.Add(translation);
            }
        }

        if (translations.Count == 0 && errors.Count == before)
        {
            errors.Add(new ContentError(folder, 0, $"the story has no translation (expected {string.Join(", ", languages.Codes.Select(c => c + ".md"))})"));
        }

        if (!File.Exists(storyFile))
        {
            errors.Add(new ContentError(storyFile, 0, "missing story.yml (kind, source, places, …)"));
            return null;
        }

        var mapping = LoadMapping(storyFile, File.ReadAllText(storyFile), lineOffset: 0, errors);
        if (mapping is null)
        {
            return null;
        }

        var fields = new YamlFields(mapping, storyFile, 0, StoryKeys, errors);
        var kind = ParseKind(fields);
        var source = fields.String("source", required: true);
        if (source is not null && !languages.IsSupported(source))
        {
            fields.Error(fields.LineOf("source"), $"unknown language '{source}' (configured: {string.Join(", ", languages.Codes)})");
        }

        var start = fields.Date("eventStart");
        var end = fields.Date("eventEnd");

        var places = References(fields, "places", Vocabulary.Place, storyFile, references);
        var organisers = References(fields, "organisers", Vocabulary.Organisation, storyFile, references);
        var project = fields.String("project");
        if (project is not null)
        {
            references.Add(new TermReference(Vocabulary.Project, project, storyFile, fields.LineOf("project")));
        }

        var tags = References(fields, "tags", Vocabulary.Tag, storyFile, references);
        var venue = fields.String("venue");
        if (venue is not null)
        {
            references.Add(new TermReference(Vocabulary.Place, venue, storyFile, fields.LineOf("venue")));
        }

        var details = new EventDetails(
            fields.Time("eventStartTime"), fields.Time("eventEndTime"), venue, fields.String("online"), fields.String("registration"), fields.Date("registrationDeadline"),
            fields.Texts("venueAddress", languageCodes));
        var story = new StoryDocument(
            key, kind, source ?? "", start, end, places, organisers, project, tags, translations, fields.String("image"), details)
        {
            Location = new SourceLocation(storyFile, 1),
        };
        if (errors.Count == before)
        {
            var shared = new StoryFields(story.Kind, story.EventStart, story.EventEnd, story.Places, story.Organisers, story.Project, story.Tags, story.Image, story.Event);
            foreach (var violation in StoryRules.Check(shared))
            {
                fields.Error(fields.LineOf(violation.Field), violation.Message);
            }
        }

        return errors.Count == before ? story : null;
    }

    private static List<string> References(YamlFields fields, string key, Vocabulary vocabulary, string file, List<TermReference> references)
    {
        var items = fields.ListWithLines(key);
        references.AddRange(items.Select(i => new TermReference(vocabulary, i.Text, file, i.Line)));
        return [.. items.Select(i => i.Text)];
    }

    private TranslationDocument? ReadTranslation(string file, List<ContentError> errors)
    {
        var before = errors.Count;
        var language = Path.GetFileNameWithoutExtension(file);
        if (!languages.IsSupported(language))
        {
            errors.Add(new ContentError(file, 1, $"unknown language '{language}' (configured: {string.Join(", ", languages.Codes)})"));
            return null;
        }

        var text = File.ReadAllText(file).ReplaceLineEndings("\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            errors.Add(new ContentError(file, 1, "missing front matter: the file must start with a line '---'"));
            return null;
        }

        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (close < 0 && text.EndsWith("\n---", StringComparison.Ordinal) && text.Length > 7)
        {
            close = text.Length - 4;
        }

        if (close < 0)
        {
            errors.Add(new ContentError(file, 1, "front matter is not closed by a line '---'"));
            return null;
        }

        var mapping = LoadMapping(file, text[4..(close + 1)], lineOffset: 1, errors);
        if (mapping is null)
        {
            return null;
        }

        var fields = new YamlFields(mapping, file, 1, TranslationKeys, errors) { FirstLine = 2 };
        var title = fields.String("title", required: true);
        if (title is not null && title.Contains('\n', StringComparison.Ordinal))
        {
            fields.Error(fields.LineOf("title"), "'title' must be one line");
        }

        var slug = fields.String("slug") ?? (title is null ? null : Slugifier.FromTitle(title, language));
        if (slug is not null && !Slugifier.IsValid(slug))
        {
            fields.Error(fields.LineOf("slug"), $"slug '{slug}' must be lower-case ASCII letters and digits joined by single hyphens");
        }

        var status = ParseStatus(fields);
        var published = fields.Timestamp("publishedAt");
        if (status == TranslationStatus.Published && published is null && errors.Count == before)
        {
            fields.Error(fields.LineOf("status"), "a published translation needs 'publishedAt'");
        }

        var bodyStart = close + 5;
        while (bodyStart < text.Length && text[bodyStart] == '\n')
        {
            bodyStart++;
        }

        var body = bodyStart < text.Length ? text[bodyStart..].TrimEnd() : "";
        var translation = new TranslationDocument(
            language, title ?? "", slug ?? "", fields.String("summary") ?? "", status, published,
            fields.Timestamp("updatedAt"), fields.Integer("translatedFrom"), body)
        {
            Location = new SourceLocation(file, 1),
            SlugLine = fields.LineOf("slug"),
        };
        if (errors.Count == before)
        {
            var bodyLine = 1 + text.AsSpan(0, Math.Min(bodyStart, text.Length)).Count('\n');
            foreach (var violation in StoryRules.Check(new TranslationEdit(translation.Title, translation.Slug, translation.Summary, translation.Body)))
            {
                var line = violation.Field == "body" ? bodyLine + Math.Max(0, violation.Line - 1) : fields.LineOf(violation.Field);
                fields.Error(line, violation.Message);
            }
        }

        return errors.Count == before ? translation : null;
    }

    private static YamlMappingNode? LoadMapping(string file, string yaml, int lineOffset, List<ContentError> errors)
    {
        var stream = new YamlStream();
        var lastLine = yaml.TrimEnd('\n').Count('\n') + 1;
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            // A bracket left open is found at the end of the text, past the last line of the file's YAML.
            var reason = ex.InnerException?.Message ?? ex.Message;
            errors.Add(new ContentError(file, (int)Math.Clamp(ex.Start.Line, 1, lastLine) + lineOffset, $"broken YAML: {reason}"));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet throws these without a position (a duplicate key, a bracket left open at the very end).
            errors.Add(new ContentError(file, lastLine + lineOffset, $"broken YAML: {ex.Message}"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            errors.Add(new ContentError(file, 1 + lineOffset, "expected 'key: value' lines"));
            return null;
        }

        return mapping;
    }

    private static StoryKind ParseKind(YamlFields fields)
    {
        var text = fields.String("kind");
        if (text is null)
        {
            return StoryKind.News;
        }

        if (StoryKinds.TryParse(text, out var kind))
        {
            return kind;
        }

        fields.Error(fields.LineOf("kind"), $"unknown kind '{text}' (expected {StoryKinds.Expected})");
        return StoryKind.News;
    }

    private static TranslationStatus ParseStatus(YamlFields fields)
    {
        var text = fields.String("status");
        if (text is null)
        {
            return TranslationStatus.Draft;
        }

        foreach (var status in Enum.GetValues<TranslationStatus>())
        {
            if (string.Equals(ContentNames.Of(status), text, StringComparison.Ordinal))
            {
                return status;
            }
        }

        fields.Error(fields.LineOf("status"), $"unknown status '{text}' (expected draft, review, published or unpublished)");
        return TranslationStatus.Draft;
    }

    private static void CheckUniqueSlugs(List<StoryDocument> stories, List<ContentError> errors)
    {
        var seen = new Dictionary<(string Language, string Slug), TranslationDocument>();
        foreach (var translation in stories.SelectMany(s => s.Translations))
        {
            if (!seen.TryAdd((translation.Language, translation.Slug), translation))
            {
                var first = seen[(translation.Language, translation.Slug)];
                errors.Add(new ContentError(
                    translation.Location.File,
                    translation.SlugLine,
                    $"duplicate slug '{translation.Slug}' in language '{translation.Language}' (also in {first.Location.File}:{first.SlugLine})"));
            }
        }
    }
}
