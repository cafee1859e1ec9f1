using Cms.Web.Content;
using Cms.Web.Infrastructure;

namespace Cms.Web.Cli;

/// <summary><c>import [DIR]</c>: upsert a content tree; any bad file fails the whole run.</summary>
internal sealed class ImportCommand(CmsPaths paths) : ICliCommand
{
    public string Name => "import";

    public string Usage => "import [DIR]      upsert stories from a content tree (default: Cms:ContentDirectory)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (arguments.Count > 1)
        {
            await error.WriteLineAsync("usage: " + Usage);
            return ExitCodes.Usage;
        }

        var directory = arguments.Count == 1 ? Path.GetFullPath(arguments[0]) : paths.ContentDirectory;
        try
        {
            var result = await services.GetRequiredService<ContentImporter>().ImportAsync(directory, cancellationToken);
            await output.WriteLineAsync($"imported {directory}: {result}");
            return ExitCodes.Ok;
        }
        catch (ContentException ex)
        {
            foreach (var problem in ex.Errors)
            {
                await error.WriteLineAsync(problem.ToString());
            }

            await error.WriteLineAsync($"import failed: {ex.Errors.Count} problem(s); nothing was changed");
            return ExitCodes.Failed;
        }
    }
}
