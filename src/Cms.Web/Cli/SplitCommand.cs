using Cms.Web.Newsroom.Splitting;

namespace Cms.Web.Cli;

/// <summary><c>split FILE</c>: the paste-and-split proposal for a text file, as JSON [{lang, title, body, dates}].</summary>
internal sealed class SplitCommand(TextSplitter splitter) : ICliCommand
{
    public string Name => "split";

    public string Usage => "split FILE        propose one translation per language of a pasted text (JSON)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1)
        {
            await error.WriteLineAsync("usage: " + Usage);
            return ExitCodes.Usage;
        }

        string text;
        try
        {
            text = arguments[0] == "-" ? await Console.In.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(arguments[0], cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{arguments[0]}: {ex.Message}");
            return ExitCodes.Failed;
        }

        await output.WriteLineAsync(SplitJson.Serialize(splitter.Split(text)));
        return ExitCodes.Ok;
    }
}
