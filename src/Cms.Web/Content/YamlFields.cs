using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Cms.Web.Content;

/// <summary>Typed access to one YAML mapping, collecting <c>FILE:LINE</c> errors instead of throwing.</summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, (YamlNode Value, int Line)> fields = new(StringComparer.Ordinal);
    private readonly string file;
    private readonly int lineOffset;
    private readonly List<ContentError> errors;

    public YamlFields(YamlMappingNode mapping, string file, int lineOffset, IReadOnlySet<string> knownKeys, List<ContentError> errors)
    {
        this.file = file;
        this.lineOffset = lineOffset;
        this.errors = errors;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var line = LineOf(keyNode);
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                Error(line, "a key must be a plain name");
                continue;
            }

            if (!knownKeys.Contains(key))
            {
                Error(line, $"unknown key '{key}' (expected one of: {string.Join(", ", knownKeys)})");
            }
            else if (!fields.TryAdd(key, (value, line)))
            {
                Error(line, $"key '{key}' appears twice");
            }
        }
    }

    public int FirstLine { get; init; } = 1;

    public int LineOf(string key) => fields.TryGetValue(key, out var f) ? f.Line : FirstLine;

    public string? String(string key, bool required = false)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            if (required)
            {
                Error(FirstLine, $"missing '{key}'");
            }

            return null;
        }

        if (field.Value is not YamlScalarNode scalar)
        {
            Error(field.Line, $"'{key}' must be a single value");
            return null;
        }

        var value = scalar.Value?.Trim() ?? "";
        if (required && value.Length == 0)
        {
            Error(field.Line, $"'{key}' is empty");
            return null;
        }

        return value.Length == 0 ? null : value;
    }

    public IReadOnlyList<string> List(string key) => [.. ListWithLines(key).Select(i => i.Text)];

    /// <summary>The list's items, each with the line it is on (for errors about one item).</summary>
    public IReadOnlyList<(string Text, int Line)> ListWithLines(string key)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            return [];
        }

        if (field.Value is not YamlSequenceNode sequence)
        {
            Error(field.Line, $"'{key}' must be a list, e.g. {key}: [\"…\", \"…\"]");
            return [];
        }

        var items = new List<(string, int)>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
            {
                items.Add((text.Trim(), LineOf(item)));
            }
            else
            {
                Error(LineOf(item), $"'{key}' holds an empty or nested item");
            }
        }

        return items;
    }

    /// <summary>A mapping of short texts by the given keys (e.g. language codes), in key order; empty when absent.</summary>
    public IReadOnlyDictionary<string, string> Texts(string key, IReadOnlySet<string> keys)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        if (field.Value is not YamlMappingNode mapping)
        {
            Error(field.Line, $"'{key}' must hold one text per language, e.g. {key}: {{ ru: \"…\", ky: \"…\" }}");
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var texts = new YamlFields(mapping, file, lineOffset, keys, errors) { FirstLine = field.Line };
        return keys.Order(StringComparer.Ordinal)
            .Select(k => (Key: k, Text: texts.String(k)))
            .Where(t => t.Text is not null)
            .ToDictionary(t => t.Key, t => t.Text!, StringComparer.Ordinal);
    }

    public DateOnly? Date(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(LineOf(key), $"'{key}' must be a date like 2023-05-15, not '{text}'");
        return null;
    }

    /// <summary>A time of day as <c>HH:mm</c>, 24 hours.</summary>
    public TimeOnly? Time(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        Error(LineOf(key), $"'{key}' must be a time like 10:00, not '{text}'");
        return null;
    }

    public DateTime? Timestamp(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(
                text,
                ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"],
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var at)
            && (text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 9))
        {
            var utc = at.UtcDateTime;
            return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        }

        Error(LineOf(key), $"'{key}' must be a UTC time like 2023-08-22T06:00:00Z, not '{text}'");
        return null;
    }

    public int? Integer(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        Error(LineOf(key), $"'{key}' must be a positive whole number, not '{text}'");
        return null;
    }

    public void Error(int line, string message) => errors.Add(new ContentError(file, line, message));

    private int LineOf(YamlNode node) => (int)node.Start.Line + lineOffset;
}
