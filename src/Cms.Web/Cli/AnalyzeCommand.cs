using Cms.Search.Analysis;

namespace Cms.Web.Cli;

/// <summary>
/// <c>analyze --lang ky|ru|ka</c>: for each line of standard input, one line of its index terms separated by
/// spaces (empty when none) on standard output, and nothing else there, so tools can score the analysers.
/// </summary>
internal sealed class AnalyzeCommand(Analyzers analyzers) : ICliCommand
{
    public string Name => "analyze";

    public string Usage => "analyze --lang ky|ru|ka   stdin lines → their index terms, one line each";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var language = arguments.Count == 2 && arguments[0] == "--lang" ? arguments[1]
            : arguments.Count == 1 && arguments[0].StartsWith("--lang=", StringComparison.Ordinal) ? arguments[0][7..]
            : null;
        if (language is null || !analyzers.Has(language))
        {
            await error.WriteLineAsync("usage: " + Usage);
            return ExitCodes.Usage;
        }

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
