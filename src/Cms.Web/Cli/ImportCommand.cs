using System.CommandLine;
using Cms.Web.Content;
using Cms.Web.Infrastructure;

namespace Cms.Web.Cli;

/// <summary><c>import [DIR]</c>: upsert a content tree; any bad file fails the whole run.</summary>
internal sealed class ImportCommand(CmsPaths paths) : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var directory = new Argument<string?>("DIR") { Description = "The content tree (default: Cms:ContentDirectory).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("import", "Upsert stories by key and language from a content tree. Any bad file fails the whole run with FILE:LINE: message; nothing of the run is applied.")
        {
            directory,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(directory), runtime, cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(string? argument, CliRuntime runtime, CancellationToken cancellationToken)
    {
        var directory = argument is null ? paths.ContentDirectory : Path.GetFullPath(argument);
        try
        {
            var result = await runtime.Services.GetRequiredService<ContentImporter>().ImportAsync(directory, cancellationToken);
            await runtime.Output.WriteLineAsync($"imported {directory}: {result}");
            return ExitCodes.Ok;
        }
        catch (ContentException ex)
        {
            foreach (var problem in ex.Errors)
            {
                await runtime.Error.WriteLineAsync(problem.ToString());
            }

            await runtime.Error.WriteLineAsync($"import failed: {ex.Errors.Count} problem(s); nothing was changed");
            return ExitCodes.Failed;
        }
    }
}
