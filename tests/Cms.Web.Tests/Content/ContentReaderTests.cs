using Cms.Web.Content;
using Cms.Web.Data;

namespace Cms.Web.Tests.Content;

public sealed class ContentReaderTests : IDisposable
{
    private const string Story = "kind: news\nsource: ru\nplaces: [\"osh\"]\n";
    private const string Ru = "---\ntitle: \"Заголовок\"\nslug: \"zagolovok\"\nsummary: \"Кратко\"\nstatus: published\npublishedAt: 2023-08-22T06:00:00Z\n---\n\nТекст.\n";
    private readonly TempDirectory root = new();
    private readonly ContentReader reader = new(TestLanguages.Create());

    public ContentReaderTests()
    {
        Write("taxonomy", ("places.yml", "osh:\n  ky: \"Ош\"\n  ru: \"Ош\"\n  aliases: [\"Osh\"]\n"), ("projects.yml", "x:\n  name: \"X\"\n"));
    }

    [Fact]
    public void Reads_the_repository_content()
    {
        var stories = reader.Read(RepoPaths.Content).Stories;

        Assert.Equal(5, stories.Count);
        var osh = stories.Single(s => s.Key == "2023-08-22-osh-dialogue-platform");
        Assert.Equal(["ky", "ru"], osh.Translations.Select(t => t.Language));
        Assert.Equal("ky", osh.SourceLanguage);
        Assert.Equal(1, osh.Translations.Single(t => t.Language == "ru").TranslatedFromRevision);
        var groups = stories.Single(s => s.Key.Contains("initiative-groups", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2023, 5, 15), groups.EventStart);
        Assert.Equal(new DateOnly(2023, 5, 19), groups.EventEnd);
    }

    [Fact]
    public void Reads_a_valid_story()
    {
        Write("a-story", ("story.yml", Story), ("ru.md", Ru));

        var story = Assert.Single(reader.Read(root.Path).Stories);

        var ru = Assert.Single(story.Translations);
        Assert.Equal("Заголовок", ru.Title);
        Assert.Equal(TranslationStatus.Published, ru.Status);
        Assert.Equal(new DateTime(2023, 8, 22, 6, 0, 0, DateTimeKind.Utc), ru.PublishedUtc);
        Assert.Equal("Текст.", ru.Body);
        Assert.Equal(["osh"], story.Places);
    }

    [Theory]
    [InlineData("ru.md", "---\ntitle: \"A\nslug: [\n---\nx\n", "ru.md:", "broken YAML")]
    [InlineData("en.md", Ru, "en.md:1:", "unknown language 'en'")]
    [InlineData("ru.md", "---\nslug: \"x\"\nstatus: draft\n---\n\nx\n", "ru.md:2:", "missing 'title'")]
    [InlineData("ru.md", "---\ntitle: \"\"\nstatus: draft\n---\n\nx\n", "ru.md:2:", "'title' is empty")]
    [InlineData("ru.md", "---\ntitle: \"T\"\nstatus: live\n---\n\nx\n", "ru.md:3:", "unknown status 'live'")]
    [InlineData("ru.md", "---\ntitle: \"T\"\nstatus: published\npublishedAt: 22.08.2023\n---\n\nx\n", "ru.md:4:", "UTC time")]
    [InlineData("ru.md", "---\ntitle: \"T\"\nstatus: published\npublishedAt: 2023-08-22T06:00:00\n---\n\nx\n", "ru.md:4:", "UTC time")]
    [InlineData("ru.md", "---\ntitle: \"T\"\nslug: \"Bad Slug\"\n---\n\nx\n", "ru.md:3:", "slug 'Bad Slug'")]
    [InlineData("ru.md", "---\ntitle: \"T\"\ntitel: \"T\"\n---\n\nx\n", "ru.md:3:", "unknown key 'titel'")]
    [InlineData("ru.md", "title: T\n\nx\n", "ru.md:1:", "front matter")]
    [InlineData("ru.md", "---\ntitle: \"T\"\n\nx\n", "ru.md:1:", "not closed")]
    public void A_bad_file_fails_with_file_line_and_message(string file, string text, string location, string message)
    {
        Write("a-story", ("story.yml", Story), (file, text));

        var error = Assert.Throws<ContentException>(() => reader.Read(root.Path));

        Assert.Contains(error.Errors, e => e.ToString().Contains(location, StringComparison.Ordinal) && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kind: gossip\nsource: ru\n", "story.yml:1:", "unknown kind 'gossip'")]
    [InlineData("kind: news\nsource: en\n", "story.yml:2:", "unknown language 'en'")]
    [InlineData("kind: news\nsource: ru\neventStart: 2023-05-19\neventEnd: 2023-05-15\n", "story.yml:4:", "before")]
    [InlineData("kind: news\nsource: ru\nplaces: Ош\n", "story.yml:3:", "must be a list")]
    [InlineData("kind: [news\n", "story.yml:", "broken YAML")]
    [InlineData("kind: \"7\"\nsource: ru\n", "story.yml:1:", "unknown kind '7'")]
    [InlineData("kind: news\nsource: ru\ntags: [\"a\uFFFEb\"]\n", "story.yml:3:", "noncharacter")]
    [InlineData("kind: news\nsource: ru\neventStart: 1989-12-31\n", "story.yml:3:", "between 1990 and 2100")]
    [InlineData("kind: news\nsource: ru\nproject: x\n", null, null)]
    [InlineData("kind: seminar\nsource: ru\neventStart: 2023-05-15\neventStartTime: 9am\n", "story.yml:4:", "must be a time like 10:00")]
    [InlineData("kind: seminar\nsource: ru\neventStart: 2023-05-15\nonline: \"mailto:x@example.org\"\n", "story.yml:4:", "web address")]
    [InlineData("kind: seminar\nsource: ru\neventStart: 2023-05-15\nvenue: \"atlantis\"\n", "story.yml:4:", "unknown place 'atlantis'")]
    [InlineData("kind: seminar\nsource: ru\neventStartTime: \"10:00\"\n", "story.yml:3:", "start date")]
    [InlineData("kind: round-table\nsource: ru\neventStart: 2023-05-15\neventStartTime: \"10:00\"\nvenue: \"osh\"\n", null, null)]
    [InlineData("kind: round-table\nsource: ru\neventStart: 2023-05-15\nvenue: \"osh\"\nvenueAddress: { ru: \"ул. Ленина, 205\", ky: \"Ленин көчөсү, 205\" }\n", null, null)]
    [InlineData("kind: round-table\nsource: ru\neventStart: 2023-05-15\nvenueAddress: { en: \"Lenin Street\" }\n", "story.yml:4:", "unknown key 'en'")]
    [InlineData("kind: round-table\nsource: ru\neventStart: 2023-05-15\nvenueAddress: \"ул. Ленина\"\n", "story.yml:4:", "one text per language")]
    [InlineData("kind: round-table\nsource: ru\neventStart: 2023-05-15\n\nvenueAddress:\n  ky: \"a\\u0007b\"\n", "story.yml:5:", "control")]
    public void A_bad_story_file_fails_with_file_line_and_message(string story, string? location, string? message)
    {
        Write("a-story", ("story.yml", story), ("ru.md", Ru));

        if (location is null || message is null)
        {
            Assert.Single(reader.Read(root.Path).Stories);
            return;
        }

        var error = Assert.Throws<ContentException>(() => reader.Read(root.Path));

        Assert.Contains(error.Errors, e => e.ToString().Contains(location, StringComparison.Ordinal) && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Too_many_tags_fail_on_the_line_of_tags()
    {
        var tags = string.Join(", ", Enumerable.Range(0, 51).Select(i => $"\"t{i}\""));
        Write("a-story", ("story.yml", $"kind: news\nsource: ru\ntags: [{tags}]\n"), ("ru.md", Ru));

        var error = Assert.Throws<ContentException>(() => reader.Read(root.Path));

        Assert.Contains(error.Errors, e => e.ToString().Contains("story.yml:3: 'tags' may hold at most 50 items", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\n---\n\nText\n", "ru.md:2:", "broken YAML")]
    [InlineData("---\ntitle: \"T\"\nsummary: [unclosed\n---\n\nText\n", "ru.md:3:", "broken YAML")]
    public void Yaml_that_YamlDotNet_rejects_without_a_position_is_a_file_line_error(string text, string location, string message)
    {
        Write("a-story", ("story.yml", Story), ("ru.md", text));

        var error = Assert.Throws<ContentException>(() => reader.Read(root.Path));

        Assert.Contains(error.Errors, e => e.ToString().Contains(location, StringComparison.Ordinal) && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("> ")]
    [InlineData("[")]
    [InlineData("- ")]
    public void A_body_nested_128_deep_fails_on_its_line(string level)
    {
        var body = string.Concat(Enumerable.Repeat(level, 128)) + "x";
        Write("a-story", ("story.yml", Story), ("ru.md", "---\ntitle: \"T\"\n---\n\nFirst paragraph.\n\n" + body + "\n"));

        var error = Assert.Throws<ContentException>(() => reader.Read(root.Path));

        Assert.Contains(error.Errors, e => e.ToString().Contains("ru.md:7: Line 3 of the text", StringComparison.Ordinal));
    }

    [Fact]
    public void A_duplicate_slug_in_a_language_names_both_files()
    {
        Write("first", ("story.yml", Story), ("ru.md", Ru));
        Write("second", ("story.yml", Story), ("ru.md", Ru));

        var error = Assert.Throws<ContentException>(() => reader.Read(root.Path));

        var problem = Assert.Single(error.Errors);
        Assert.Contains(Path.Combine("second", "ru.md") + ":3: duplicate slug 'zagolovok'", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains(Path.Combine("first", "ru.md") + ":3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_folder_without_translation_fails()
    {
        Write("lonely", ("story.yml", Story));

        var error = Assert.Throws<ContentException>(() => reader.Read(root.Path));

        Assert.Contains("has no translation", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_slug_in_two_languages_is_fine()
    {
        Write("a-story", ("story.yml", Story), ("ru.md", Ru), ("ky.md", Ru));

        Assert.Equal(2, Assert.Single(reader.Read(root.Path).Stories).Translations.Count);
    }

    [Fact]
    public void Reads_the_taxonomy_and_a_story_refers_to_its_keys()
    {
        var tree = reader.Read(RepoPaths.Content);

        var araket = Assert.Single(tree.Terms, t => t.Vocabulary == Vocabulary.Project && t.Key == "araket");
        Assert.Equal("Аракет — за улучшение жизни в новостройках Кыргызстана", araket.Edit.Labels["ru"]);
        Assert.Equal("International Alert", Assert.Single(tree.Terms, t => t.Key == "international-alert").Edit.CommonName);
        Assert.Equal("Asia/Bishkek", Assert.Single(tree.Terms, t => t.Vocabulary == Vocabulary.Place && t.Key == "osh").Edit.TimeZone);
        Assert.All(tree.Stories.Where(s => s.Project is not null), s => Assert.Contains(tree.Terms, t => t.Vocabulary == Vocabulary.Project && t.Key == s.Project));
    }

    [Theory]
    [InlineData("kind: news\nsource: ru\nplaces: [\"osh\", \"naryn\"]\n", "story.yml:3:", "unknown place 'naryn'")]
    [InlineData("kind: news\nsource: ru\ntags:\n  - \"x\"\n  - \"y\"\n", "story.yml:5:", "unknown tag 'y'")]
    [InlineData("kind: news\nsource: ru\nplaces: [\"Osh\"]\n", "story.yml:3:", "did you mean 'osh'?")]
    [InlineData("kind: news\nsource: ru\nproject: \"osh\"\n", "story.yml:3:", "unknown project 'osh'")]
    public void A_reference_to_a_term_the_taxonomy_lacks_fails_on_its_line(string story, string location, string message)
    {
        Write("taxonomy", ("tags.yml", "x:\n  ru: \"икс\"\n"));
        Write("a-story", ("story.yml", story), ("ru.md", Ru));

        var error = Assert.Throws<ContentException>(() => reader.Read(root.Path));

        Assert.Contains(error.Errors, e => e.ToString().Contains(location, StringComparison.Ordinal) && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tags.yml", "x:\n  ru: \"икс\"\n  en: \"ex\"\n", "tags.yml:3:", "unknown key 'en'")]
    [InlineData("tags.yml", "Bad Key:\n  ru: \"икс\"\n", "tags.yml:1:", "lower-case Latin letters")]
    [InlineData("tags.yml", "x:\n  aliases: [\"икс\"]\n", "tags.yml:1:", "needs a label")]
    [InlineData("tags.yml", "x:\n  name: \"X\"\n  ru: \"икс\"\n", "tags.yml:2:", "one or the other")]
    [InlineData("tags.yml", "x: \"икс\"\n", "tags.yml:1:", "must hold its labels")]
    [InlineData("tags.yml", "x:\n  ru: [\n", "tags.yml:", "broken YAML")]
    [InlineData("people.yml", "x:\n  ru: \"икс\"\n", "people.yml:0:", "unknown taxonomy file")]
    [InlineData("places.yml", "x:\n  ru: \"икс\"\n  timeZone: \"Asia/Tiflis\"\n", "places.yml:3:", "'Asia/Tiflis' is not a time zone")]
    [InlineData("tags.yml", "x:\n  ru: \"икс\"\n  timeZone: \"Asia/Tbilisi\"\n", "tags.yml:3:", "Only a place has a time zone")]
    public void A_bad_taxonomy_file_fails_with_file_line_and_message(string file, string text, string location, string message)
    {
        Write("taxonomy", (file, text));
        Write("a-story", ("story.yml", Story), ("ru.md", Ru));

        var error = Assert.Throws<ContentException>(() => reader.Read(root.Path));

        Assert.Contains(error.Errors, e => e.ToString().Contains(location, StringComparison.Ordinal) && e.Message.Contains(message, StringComparison.Ordinal));
    }

    public void Dispose() => root.Dispose();

    private void Write(string folder, params (string Name, string Text)[] files)
    {
        var path = Path.Combine(root.Path, folder);
        Directory.CreateDirectory(path);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(path, name), text);
        }
    }
}
