using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cms.Web.Data;

/// <summary>Stores texts by language code as one JSON object (<c>{"ky":"…","ru":"…"}</c>), keys in order.</summary>
internal sealed class LanguageTextsConverter() : ValueConverter<Dictionary<string, string>, string>(
    texts => Serialize(texts),
    json => Deserialize(json))
{
    /// <summary>Tells EF a changed dictionary from an unchanged one by content, not by reference.</summary>
    public static ValueComparer<Dictionary<string, string>> Comparer { get; } = new(
        (a, b) => Serialize(a!) == Serialize(b!),
        texts => Serialize(texts).GetHashCode(StringComparison.Ordinal),
        texts => new Dictionary<string, string>(texts, StringComparer.Ordinal));

    private static string Serialize(Dictionary<string, string> texts) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(texts, StringComparer.Ordinal));

    private static Dictionary<string, string> Deserialize(string json) =>
        string.IsNullOrEmpty(json) ? new(StringComparer.Ordinal)
        : new(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [], StringComparer.Ordinal);
}
