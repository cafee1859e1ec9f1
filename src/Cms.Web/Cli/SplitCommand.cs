using System.CommandLine;
using Cms.Web.Newsroom.Splitting;

namespace Cms.Web.Cli;

/// <summary><c>split FILE</c>: the paste-and-split proposal for a text file, as JSON [{lang, title, body, dates}].</summary>
internal sealed class SplitCommand(TextSplitter splitter) : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var file = new Argument<string>("FILE") { Description = "The pasted text ('-' reads standard input)." };
        var command = new Command("split", "Propose one translation per language of a text holding several: JSON [{lang, title, body, dates}].") { file };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(file), runtime, cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(string file, CliRuntime runtime, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = file == "-" ? await Console.In.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(file, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await runtime.Error.WriteLineAsync($"{file}: {ex.Message}");
            return ExitCodes.Failed;
        }

        await runtime.Output.WriteLineAsync(SplitJson.Serialize(splitter.Split(text)));
        return ExitCodes.Ok;
    }
}
