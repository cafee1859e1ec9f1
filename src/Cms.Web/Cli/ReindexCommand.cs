using System.Diagnostics;
using Cms.Web.Search;

namespace Cms.Web.Cli;

/// <summary><c>reindex</c>: rebuild the search index from the database, showing progress on standard error.</summary>
internal sealed class ReindexCommand : ICliCommand
{
    public string Name => "reindex";

    public string Usage => "reindex           rebuild the search index from the database";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (arguments.Count != 0)
        {
            await error.WriteLineAsync("usage: " + Usage);
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        var progress = new SynchronousProgress<(int Done, int Total)>(p =>
            error.Write($"\rindexed {p.Done:N0} of {p.Total:N0} translations ({(p.Total == 0 ? 100 : p.Done * 100 / p.Total)}%)"));
        var count = await services.GetRequiredService<SearchReindexer>().ReindexAsync(progress, cancellationToken);
        await error.WriteLineAsync();
        await output.WriteLineAsync($"reindexed {count} published translations in {clock.Elapsed.TotalSeconds:0.0} s");
        return ExitCodes.Ok;
    }
}
