using Cms.Search.Searching;
using Microsoft.Data.Sqlite;

namespace Cms.Bench.Latency;

/// <summary>
/// Runs every query type <c>runs</c> times after a warm-up, ours and raw interleaved (alternating which goes
/// first), rotating through a type's queries. The mix is all samples of all types together.
/// </summary>
internal static class LatencyRun
{
    public static (List<QueryMeasurement> PerType, LatencyStats MixOurs, LatencyStats MixRaw) Run(
        SqliteConnection connection, SearchEngine engine, IReadOnlyList<BenchQuery> queries, int warmup, int runs)
    {
        var ours = queries.Select(_ => new List<double>(runs)).ToArray();
        var raw = queries.Select(_ => new List<double>(runs)).ToArray();
        var ids = new List<long>(20);
        for (var round = -warmup; round < runs; round++)
        {
            for (var t = 0; t < queries.Count; t++)
            {
                var query = queries[t];
                var i = (round + warmup) % query.Queries.Count;
                var request = new SearchRequest(query.Queries[i]);
                var oursMs = 0d;
                var rawMs = 0d;
                if ((round & 1) == 0)
                {
                    oursMs = Clock.Milliseconds(() => engine.Search(connection, request));
                    rawMs = Clock.Milliseconds(() => RawSearch.Run(connection, query.RawMatches[i], ids));
                }
                else
                {
                    rawMs = Clock.Milliseconds(() => RawSearch.Run(connection, query.RawMatches[i], ids));
                    oursMs = Clock.Milliseconds(() => engine.Search(connection, request));
                }

                if (round >= 0)
                {
                    ours[t].Add(oursMs);
                    raw[t].Add(rawMs);
                }
            }
        }

        var perType = new List<QueryMeasurement>(queries.Count);
        for (var t = 0; t < queries.Count; t++)
        {
            var query = queries[t];
            var result = engine.Search(connection, new SearchRequest(query.Queries[0]));
            var rawTotal = RawSearch.Run(connection, query.RawMatches[0], ids);
            perType.Add(new QueryMeasurement(
                query.Type,
                string.Join(" | ", query.Queries),
                LatencyStats.From(ours[t]),
                LatencyStats.From(raw[t]),
                result.Total,
                result.Hits.Count,
                rawTotal,
                result.FellBackToOr));
        }

        return (perType, LatencyStats.From(ours.SelectMany(s => s)), LatencyStats.From(raw.SelectMany(s => s)));
    }
}
