using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Cms.Web.Newsroom.Splitting;

/// <summary>Split parts as JSON (<c>[{lang, title, body, dates}]</c>), Cyrillic and Georgian left readable.</summary>
internal static class SplitJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(IReadOnlyList<SplitPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartArray();
            foreach (var part in parts)
            {
                writer.WriteStartObject();
                writer.WriteString("lang", part.Language);
                writer.WriteString("title", part.Title);
                writer.WriteString("body", part.Body);
                writer.WriteStartArray("dates");
                foreach (var date in part.Dates)
                {
                    writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
