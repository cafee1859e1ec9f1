using Cms.Web.Content;

namespace Cms.Web.Cli;

/// <summary><c>export DIR</c>: write every story in the content format.</summary>
internal sealed class ExportCommand : ICliCommand
{
    public string Name => "export";

    public string Usage => "export DIR        write all stories as a content tree";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1)
        {
            await error.WriteLineAsync("usage: " + Usage);
            return ExitCodes.Usage;
        }

        var directory = Path.GetFullPath(arguments[0]);
        try
        {
            var count = await services.GetRequiredService<ContentExporter>().ExportAsync(directory, cancellationToken);
            await output.WriteLineAsync($"exported {count} stories to {directory}");
            return ExitCodes.Ok;
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"{directory}: {ex.Message}");
            return ExitCodes.Failed;
        }
        catch (UnauthorizedAccessException ex)
        {
            await error.WriteLineAsync($"{directory}: {ex.Message}");
            return ExitCodes.Failed;
        }
    }
}
