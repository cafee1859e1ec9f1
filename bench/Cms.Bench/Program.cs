using System.Globalization;
using Cms.Bench;
using Cms.Bench.Stemming;

const string Usage = """
    usage: Cms.Bench search [--docs N] [--runs R]   index N generated translations (default 100000), time each query R times (default 200)
           Cms.Bench stemmers                       score the stemmers on the UD treebanks
    Run with -c Release.
    """;

try
{
    switch (args.FirstOrDefault())
    {
        case "search":
            var docs = 100_000;
            var runs = 200;
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
                else
                {
                    Console.Error.WriteLine(Usage);
                    return 2;
                }
            }

            SearchBenchmark.Run(SharedData.Locate(), docs, runs);
            return 0;
        case "stemmers":
            StemmerReport.Run(SharedData.Locate());
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
