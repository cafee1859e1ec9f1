using Cms.Bench.Fts;
using Cms.Bench.Ours;
using Cms.Search.Searching;

namespace Cms.Bench.Latency;

/// <summary>
/// Runs every query type <c>runs</c> times after a warm-up, the three engines interleaved (ours, raw, plain on even
/// rounds, the reverse on odd ones), rotating through a type's queries; publishes are spread evenly among the queries.
/// </summary>
internal static class LatencyRun
{
    public static LatencyResult Run(Engines engines, PublishProbe publish, IReadOnlyList<BenchQuery> queries, int warmup, int runs, int publishes)
    {
        var ours = queries.Select(_ => new List<double>(runs)).ToArray();
        var raw = queries.Select(_ => new List<double>(runs)).ToArray();
        var plain = queries.Select(_ => new List<double>(runs)).ToArray();
        var published = new List<double>(publishes);
        var ids = new List<long>(20);
        var every = Math.Max(1, runs * queries.Count / publishes);
        var step = 0;
        for (var round = -warmup; round < runs; round++)
        {
            for (var t = 0; t < queries.Count; t++)
            {
                var query = queries[t];
                var i = (round + warmup) % query.Queries.Count;
                var request = new SearchRequest(query.Queries[i]);
                var times = new double[3];
                Action[] steps =
                [
                    () => times[0] = Clock.Milliseconds(() => engines.Ours.Search(request, engines.Texts)),
                    () => times[1] = Clock.Milliseconds(() => RawSearch.Run(engines.Fts, query.RawMatches[i], ids)),
                    () => times[2] = Clock.Milliseconds(() => engines.Plain.Search(query.Queries[i])),
                ];
                if ((round & 1) == 1)
                {
                    Array.Reverse(steps);
                }

                foreach (var run in steps)
                {
                    run();
                }

                if (round < 0)
                {
                    continue;
                }

                ours[t].Add(times[0]);
                raw[t].Add(times[1]);
                plain[t].Add(times[2]);
                if (step++ % every == 0 && published.Count < publishes)
                {
                    published.Add(publish.Publish());
                }
            }
        }

        var perType = new List<QueryMeasurement>(queries.Count);
        for (var t = 0; t < queries.Count; t++)
        {
            var query = queries[t];
            var result = engines.Ours.Search(new SearchRequest(query.Queries[0]), engines.Texts);
            perType.Add(new QueryMeasurement(
                query.Type,
                string.Join(" | ", query.Queries),
                query.RawMatches[0],
                LatencyStats.From(ours[t]),
                LatencyStats.From(raw[t]),
                LatencyStats.From(plain[t]),
                result.Total,
                result.TotalTranslations,
                result.FellBackToOr,
                RawSearch.Run(engines.Fts, query.RawMatches[0], ids),
                engines.Plain.Search(query.Queries[0]).Total));
        }

        return new LatencyResult(
            perType,
            LatencyStats.From(ours.SelectMany(s => s)),
            LatencyStats.From(raw.SelectMany(s => s)),
            LatencyStats.From(plain.SelectMany(s => s)),
            LatencyStats.From(published));
    }
}
