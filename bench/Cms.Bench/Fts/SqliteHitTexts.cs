using System.Globalization;
using Cms.Search.Searching;
using Microsoft.Data.Sqlite;

namespace Cms.Bench.Fts;

/// <summary>The texts of a page of hits, read by id from the texts table, as the site reads them from its database.</summary>
internal sealed class SqliteHitTexts(SqliteConnection connection) : IHitTexts
{
    public IReadOnlyDictionary<long, HitText> Read(IReadOnlyCollection<long> translationIds)
    {
        var texts = new Dictionary<long, HitText>(translationIds.Count);
        if (translationIds.Count == 0)
        {
            return texts;
        }

        using var command = connection.CreateCommand();
        var names = new List<string>(translationIds.Count);
        foreach (var id in translationIds)
        {
            var name = "$i" + names.Count.ToString(CultureInfo.InvariantCulture);
            names.Add(name);
            command.Parameters.AddWithValue(name, id);
        }

        command.CommandText = "SELECT id, title, summary, body FROM texts WHERE id IN (" + string.Join(", ", names) + ")";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            texts[reader.GetInt64(0)] = new HitText(reader.GetString(1), reader.GetString(2), reader.GetString(3));
        }

        return texts;
    }

    /// <summary>Replaces a translation's title, as an editor's save does before the index follows.</summary>
    public void SetTitle(long id, string title)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE texts SET title = $title WHERE id = $id";
        command.Parameters.AddWithValue("$title", title);
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }
}
