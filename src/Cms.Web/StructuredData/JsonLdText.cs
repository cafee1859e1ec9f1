using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Cms.Web.StructuredData;

/// <summary>
/// JSON-LD as the text of a <c>&lt;script type="application/ld+json"&gt;</c> block. The encoder keeps Cyrillic and
/// Georgian readable but always escapes the HTML-sensitive characters (<c>&lt; &gt; &amp; ' "</c>), so no story text
/// can close the script element.
/// </summary>
internal static class JsonLdText
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);
}
