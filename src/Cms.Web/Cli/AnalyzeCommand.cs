using System.CommandLine;
using Cms.Search.Analysis;

namespace Cms.Web.Cli;

/// <summary>
/// <c>analyze --lang ky|ru|ka</c>: for each line of standard input, one line of its index terms separated by
/// spaces (empty when none) on standard output, and nothing else there, so tools can score the analysers.
/// </summary>
internal sealed class AnalyzeCommand(Analyzers analyzers) : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var language = new Option<string>("--lang") { Description = "The analyser's language.", Required = true };
        language.AcceptOnlyFromAmong([.. analyzers.Languages.Order(StringComparer.Ordinal)]);
        var command = new Command("analyze", "Read lines from standard input; write each line's index terms (space-separated, an empty line when none) and nothing else.")
        {
            language,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(language), cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(string language, CancellationToken cancellationToken)
    {
        var analyzer = analyzers.For(language);
        using var input = new StreamReader(Console.OpenStandardInput(), System.Text.Encoding.UTF8);
        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var tokens = analyzer.Analyze(line);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (i > 0)
                {
                    stdout.Write(' ');
                }

                stdout.Write(tokens[i].Term);
            }

            stdout.WriteLine();
        }

        return ExitCodes.Ok;
    }
}
