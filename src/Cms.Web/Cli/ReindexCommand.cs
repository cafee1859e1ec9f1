using System.CommandLine;
using System.Diagnostics;
using Cms.Search.Index;
using Cms.Web.Search;

namespace Cms.Web.Cli;

/// <summary><c>reindex</c>: rebuild the search index from the database, showing progress on standard error. Only
/// when no running site holds the index: a running site rebuilds its own (Manager → Search index → Rebuild).</summary>
internal sealed class ReindexCommand : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var command = new Command("reindex", "Rebuild the search index from the database (only while the site is stopped; progress on standard error).");
        command.SetAction((_, cancellationToken) => RunAsync(runtime, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliRuntime runtime, CancellationToken cancellationToken)
    {
        var error = runtime.Error;
        var clock = Stopwatch.StartNew();
        var progress = new SynchronousProgress<(int Done, int Total)>(p =>
            error.Write($"\rindexed {p.Done:N0} of {p.Total:N0} stories ({(p.Total == 0 ? 100 : Math.Min(100, p.Done * 100 / p.Total))}%)"));
        try
        {
            var count = await runtime.Services.GetRequiredService<SearchIndexer>().RebuildAloneAsync(progress, cancellationToken);
            await error.WriteLineAsync();
            await runtime.Output.WriteLineAsync($"reindexed {count} published translations in {clock.Elapsed.TotalSeconds:0.0} s");
            return ExitCodes.Ok;
        }
        catch (IndexLockedException e)
        {
            await error.WriteLineAsync($"error: {e.Message} A running site keeps its index up to date itself; to rebuild it, use Manager → Search index → Rebuild (/manager/admin/search), or stop the site and run reindex again.");
            return ExitCodes.Failed;
        }
    }
}
