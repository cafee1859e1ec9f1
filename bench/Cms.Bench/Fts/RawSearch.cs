using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Cms.Bench.Fts;

/// <summary>The raw baseline: plain FTS5, the top 20 rows by bm25() with our field weights and a count of all matching rows.</summary>
internal static class RawSearch
{
    private static readonly string TopSql = $"SELECT rowid, {FtsSchema.Bm25} FROM fts WHERE fts MATCH $match ORDER BY 2 LIMIT 20";

    public static int Run(SqliteConnection connection, string match, List<long> ids)
    {
        ids.Clear();
        using (var top = connection.CreateCommand())
        {
            top.CommandText = TopSql;
            top.Parameters.AddWithValue("$match", match);
            using var reader = top.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM fts WHERE fts MATCH $match";
        count.Parameters.AddWithValue("$match", match);
        return Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
