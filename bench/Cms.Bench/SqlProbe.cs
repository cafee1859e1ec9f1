using System.Globalization;
using Cms.Bench.Latency;
using Microsoft.Data.Sqlite;

namespace Cms.Bench;

/// <summary>The <c>sql</c> verb: times one statement on a kept benchmark database (fts.db or texts.db) (the bundled SQLite, which the
/// system's sqlite3 may be too old to open) and prints its row count and first rows.</summary>
internal static class SqlProbe
{
    public static void Run(string path, string sql, int runs)
    {
        if (!File.Exists(path))
        {
            throw new BenchException("no database at " + path);
        }

        using var connection = Database.Open(path);
        var rows = new List<string>();
        var times = new List<double>(runs);
        for (var run = -2; run < runs; run++)
        {
            rows.Clear();
            var ms = Clock.Milliseconds(() =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var row = string.Join(" | ", Enumerable.Range(0, reader.FieldCount)
                        .Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));
                    rows.Add(rows.Count < 5 ? row : "");
                }
            });
            if (run >= 0)
            {
                times.Add(ms);
            }
        }

        foreach (var row in rows.Take(5))
        {
            Console.WriteLine(row);
        }

        var stats = LatencyStats.From(times);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"{rows.Count} rows; p50 {stats.P50:F2} ms, p95 {stats.P95:F2} ms over {runs} runs"));
    }
}
