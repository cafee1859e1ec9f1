using System.CommandLine;
using Cms.Web.Content;

namespace Cms.Web.Cli;

/// <summary><c>export DIR</c>: write every story in the content format.</summary>
internal sealed class ExportCommand : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var directory = new Argument<string>("DIR") { Description = "Where to write the content tree." };
        var command = new Command("export", "Write every story in the content format; export → import → export is byte-identical.") { directory };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(directory), runtime, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string argument, CliRuntime runtime, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(argument);
        try
        {
            var count = await runtime.Services.GetRequiredService<ContentExporter>().ExportAsync(directory, cancellationToken);
            await runtime.Output.WriteLineAsync($"exported {count} stories to {directory}");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await runtime.Error.WriteLineAsync($"{directory}: {ex.Message}");
            return ExitCodes.Failed;
        }
    }
}
