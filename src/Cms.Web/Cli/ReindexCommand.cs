using System.CommandLine;
using System.Diagnostics;
using Cms.Web.Search;

namespace Cms.Web.Cli;

/// <summary><c>reindex</c>: rebuild the search index from the database, showing progress on standard error.</summary>
internal sealed class ReindexCommand : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var command = new Command("reindex", "Rebuild the search index from the database (progress on standard error).");
        command.SetAction((_, cancellationToken) => RunAsync(runtime, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliRuntime runtime, CancellationToken cancellationToken)
    {
        var error = runtime.Error;
        var clock = Stopwatch.StartNew();
        var progress = new SynchronousProgress<(int Done, int Total)>(p =>
            error.Write($"\rindexed {p.Done:N0} of {p.Total:N0} translations ({(p.Total == 0 ? 100 : p.Done * 100 / p.Total)}%)"));
        var count = await runtime.Services.GetRequiredService<SearchReindexer>().ReindexAsync(progress, cancellationToken);
        await error.WriteLineAsync();
        await runtime.Output.WriteLineAsync($"reindexed {count} published translations in {clock.Elapsed.TotalSeconds:0.0} s");
        return ExitCodes.Ok;
    }
}
