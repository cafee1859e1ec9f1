using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Cms.Web.Tests.Localization;

/// <summary>
/// The UI strings: every key of <c>SharedResource.resx</c> in every language file and back, none empty, no
/// placeholder a translation invents, no Georgian capitals; and every key the code and the views name exists.
/// </summary>
public sealed partial class ResourceFilesTests
{
    private static readonly string Resources = Path.Combine(RepoPaths.Root, "src", "Cms.Web", "Resources");
    private static readonly string Source = Path.Combine(RepoPaths.Root, "src", "Cms.Web");

    public static TheoryData<string> Languages => new() { "ru", "ky", "ka" };

    private static Dictionary<string, string> Read(string? language)
    {
        var file = Path.Combine(Resources, language is null ? "SharedResource.resx" : $"SharedResource.{language}.resx");
        return XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_key_is_in_both_files_and_none_is_empty(string language)
    {
        var neutral = Read(null);
        var translated = Read(language);

        Assert.Empty(neutral.Keys.Except(translated.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(translated.Keys.Except(neutral.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(neutral.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
        Assert.Empty(translated.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_translation_uses_no_placeholder_the_english_text_lacks(string language)
    {
        var neutral = Read(null);
        var bad = Read(language)
            .Where(e => neutral.TryGetValue(e.Key, out var english)
                && !Placeholders(e.Value).IsSubsetOf(Placeholders(english)))
            .Select(e => e.Key);

        Assert.Empty(bad);
    }

    [Fact]
    public void Georgian_texts_hold_no_mtavruli_capitals()
    {
        Assert.Empty(Read("ka").Where(e => e.Value.Any(c => c is >= '\u1C90' and <= '\u1CBF')).Select(e => e.Key));
    }

    [Fact]
    public void Every_key_named_in_the_code_and_the_views_exists()
    {
        var keys = Read(null);
        var prefixes = keys.Keys.Select(k => k[..Math.Max(0, k.IndexOf('.', StringComparison.Ordinal))]).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
        var named = new List<(string File, string Key)>();
        foreach (var file in Directory.EnumerateFiles(Source, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            // Views and pages: L["Key"], text["Key"]; messages: new UiMessage("Key"), .For(field, "Key").
            foreach (Match match in LocalizerIndex().Matches(text).Where(m => !m.Groups[1].Value.EndsWith('.')))
            {
                named.Add((file, match.Groups[1].Value));
            }

            // Any other literal that looks like a resource key (a known prefix, a dot, a name): mappings such as UiKeys.
            foreach (Match match in KeyLiteral().Matches(text))
            {
                var key = match.Groups[1].Value;
                if (prefixes.Contains(key[..key.IndexOf('.', StringComparison.Ordinal)]) && !key.EndsWith('.'))
                {
                    named.Add((file, key));
                }
            }
        }

        Assert.True(named.Count > 300, $"only {named.Count} keys found: is the scan still right?");
        Assert.Empty(named.Where(n => !keys.ContainsKey(n.Key)).Select(n => $"{Path.GetRelativePath(Source, n.File)}: {n.Key}").Distinct(StringComparer.Ordinal));
    }

    /// <summary>A message names a resource key, never an English sentence (which no page could translate).</summary>
    [Fact]
    public void Messages_name_keys_not_sentences()
    {
        var sentences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match match in MessageArgument().Matches(File.ReadAllText(file)))
            {
                if (!KeyShape().IsMatch(match.Groups[1].Value))
                {
                    sentences.Add($"{Path.GetRelativePath(Source, file)}: {match.Value}");
                }
            }
        }

        Assert.Empty(sentences);
        Assert.Matches(MessageArgument(), "NewsroomValidationException.For(\"at\", $\"'{text}' is wrong.\")");
    }

    /// <summary>Keys a view builds from a prefix and a value: every value has its key.</summary>
    [Fact]
    public void Every_key_built_from_a_prefix_exists()
    {
        var keys = Read(null);
        var built = Cms.Web.Pages.Manager.IndexModel.States.Concat(["pending", "pendingReview", "scheduledFor"]).Select(s => "State." + s)
            .Concat(Enum.GetValues<Cms.Web.Data.StoryKind>().Select(k => "Kind." + k))
            .Concat(Cms.Web.Content.Rules.StoryKinds.All.Select(k => Cms.Web.Localization.UiKeys.Kind(Cms.Web.Content.Rules.StoryKinds.Name(k))))
            .Concat(new[] { "noncharacter", "surrogate", "control" }.Select(k => "Error.Hygiene." + k))
            .Concat(new[] { "title", "slug", "summary", "body", "places", "organisers", "tags", "project", "eventStart", "eventEnd" }.Select(Cms.Web.Content.Rules.StoryRules.FieldName));

        var missing = built.Where(k => !keys.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, string.Join(", ", missing));
    }

    [Fact]
    public void The_scan_finds_a_key_that_does_not_exist()
    {
        Assert.Equal("Manager.NoSuchKey", LocalizerIndex().Match("<p>@L[\"Manager.NoSuchKey\"]</p>").Groups[1].Value);
        Assert.Equal("Error.NoSuchKey", KeyLiteral().Match("NewsroomValidationException.For(\"at\", \"Error.NoSuchKey\")").Groups[1].Value);
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\b(?:L|text|localizer|Localizer)\[\s*""([^""]+)""")]
    private static partial Regex LocalizerIndex();

    [GeneratedRegex(@"""([A-Z][A-Za-z]*\.[A-Za-z][A-Za-z0-9.\-]*)""")]
    private static partial Regex KeyLiteral();

    /// <summary>The key argument of <c>NewsroomValidationException.For(field, key, …)</c> and <c>new UiMessage(key, …)</c>.</summary>
    [GeneratedRegex(@"(?:NewsroomValidationException\.For\(\s*[^,()]+,|new UiMessage\()\s*\$?""([^""]*)""")]
    private static partial Regex MessageArgument();

    [GeneratedRegex(@"^[A-Z][A-Za-z]*\.[A-Za-z0-9.\-]+$")]
    private static partial Regex KeyShape();

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();
}
