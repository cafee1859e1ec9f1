using Cms.Search.Index;
using Microsoft.Data.Sqlite;

namespace Cms.Bench;

/// <summary>The baseline: plain FTS5, the top 20 rows by the same bm25() and a count of all matching rows.</summary>
internal static class RawSearch
{
    public static int Run(SqliteConnection connection, string match, List<long> ids)
    {
        ids.Clear();
        using (var top = connection.CreateCommand())
        {
            top.CommandText = $"SELECT rowid, {SearchSchema.Bm25} FROM search_fts WHERE search_fts MATCH $match ORDER BY 2 LIMIT 20";
            top.Parameters.AddWithValue("$match", match);
            using var reader = top.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM search_fts WHERE search_fts MATCH $match";
        count.Parameters.AddWithValue("$match", match);
        return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
