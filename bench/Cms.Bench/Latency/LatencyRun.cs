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
        // [engine][type]: wall and CPU milliseconds; engines in the order ours, raw, plain.
        var wall = Enumerable.Range(0, 3).Select(_ => queries.Select(_ => new List<double>(runs)).ToArray()).ToArray();
        var cpu = Enumerable.Range(0, 3).Select(_ => queries.Select(_ => new List<double>(runs)).ToArray()).ToArray();
        var published = new List<PublishTime>(publishes);
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
                var times = new (double Wall, double Cpu)[3];
                Action[] steps =
                [
                    () => times[0] = Clock.Both(() => engines.Ours.Search(request, engines.Texts)),
                    () => times[1] = Clock.Both(() => RawSearch.Run(engines.Fts, query.RawMatches[i], ids)),
                    () => times[2] = Clock.Both(() => engines.Plain.Search(query.Queries[i])),
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

                for (var e = 0; e < 3; e++)
                {
                    wall[e][t].Add(times[e].Wall);
                    cpu[e][t].Add(times[e].Cpu);
                }

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
                LatencyStats.From(wall[0][t]),
                LatencyStats.From(wall[1][t]),
                LatencyStats.From(wall[2][t]),
                [.. cpu.Select(e => LatencyStats.From(e[t]))],
                result.Total,
                result.TotalTranslations,
                result.FellBackToOr,
                RawSearch.Run(engines.Fts, query.RawMatches[0], ids),
                engines.Plain.Search(query.Queries[0]).Total));
        }

        // Plain Lucene.Net finds nothing for transliterated or Kyrgyz-on-Russian-keyboard queries, and nothing is quick:
        // compare also on the types it answers.
        var answered = Enumerable.Range(0, queries.Count).Where(t => perType[t].PlainTotal > 0).ToList();
        return new LatencyResult(
            perType,
            LatencyStats.From(wall[0].SelectMany(s => s)),
            LatencyStats.From(wall[1].SelectMany(s => s)),
            LatencyStats.From(wall[2].SelectMany(s => s)),
            [.. cpu.Select(e => LatencyStats.From(e.SelectMany(s => s)))],
            PublishTimes.From(published))
        {
            AnsweredByPlain = [.. answered.Select(t => queries[t].Type)],
            AnsweredOurs = LatencyStats.From(answered.SelectMany(t => wall[0][t])),
            AnsweredPlain = LatencyStats.From(answered.SelectMany(t => wall[2][t])),
        };
    }
}
