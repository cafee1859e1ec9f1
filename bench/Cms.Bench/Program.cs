using System.Globalization;
using Cms.Bench;
using Cms.Bench.Stemming;

const string Usage = """
    usage: Cms.Bench search [--docs N] [--runs R] [--keep DIR]   index N generated translations (default 100000; also
                                                               1000000) into ours, FTS5 and plain Lucene.Net, time each
                                                               query type R times (default 200); --keep leaves the
                                                               indexes in DIR (ours/, texts.db, fts.db, plain/)
           Cms.Bench index [--docs N]                          index N generated translations into ours only (default
                                                               100000): rate, CPU-seconds, one thread's stages
           Cms.Bench sql DB "SQL" [--runs R]                   time one statement on a kept DIR/fts.db or DIR/texts.db
           Cms.Bench query DIR "QUERY" [--runs R]              time SearchEngine.Search for one query on a kept DIR
           Cms.Bench stemmers [--dump DIR]                     score the stemmers on the UD treebanks, whole file and
                                                               cross-validated; --dump writes DIR/FILE.tsv (fold, form,
                                                               lemma, stem of every content word)
    Run with -c Release.
    """;

try
{
    switch (args.FirstOrDefault())
    {
        case "search":
            var docs = 100_000;
            var runs = 200;
            string? keep = null;
            for (var i = 1; i < args.Length; i++)
            {
                if (args[i] == "--docs" && i + 1 < args.Length
                    && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out docs) && docs > 0)
                {
                    i++;
                }
                else if (args[i] == "--runs" && i + 1 < args.Length
                    && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out runs) && runs > 0)
                {
                    i++;
                }
                else if (args[i] == "--keep" && i + 1 < args.Length)
                {
                    keep = args[++i];
                }
                else
                {
                    Console.Error.WriteLine(Usage);
                    return 2;
                }
            }

            SearchBenchmark.Run(SharedData.Locate(), docs, runs, keep);
            return 0;
        case "index" when args.Length == 1 || (args.Length == 3 && args[1] == "--docs"
            && int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var indexDocs) && indexDocs > 0):
            IndexingBenchmark.Run(SharedData.Locate(), args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000);
            return 0;
        case "sql" or "query" when args.Length is 3 or 5:
            var probeRuns = 20;
            if (args.Length == 5 && (args[3] != "--runs"
                || !int.TryParse(args[4], NumberStyles.None, CultureInfo.InvariantCulture, out probeRuns) || probeRuns <= 0))
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            if (args[0] == "sql")
            {
                SqlProbe.Run(args[1], args[2], probeRuns);
            }
            else
            {
                QueryProbe.Run(args[1], args[2], probeRuns);
            }

            return 0;
        case "stemmers" when args.Length == 1 || (args.Length == 3 && args[1] == "--dump" && Directory.Exists(args[2])):
            StemmerReport.Run(SharedData.Locate(), args.Length == 3 ? args[2] : null);
            return 0;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
catch (BenchException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 1;
}
