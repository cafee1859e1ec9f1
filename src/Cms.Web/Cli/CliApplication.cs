using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using Cms.Web.Data;

namespace Cms.Web.Cli;

/// <summary>
/// Runs a CLI verb against the same services the site uses. Exit codes: 0 success, 1 failure (one line on standard
/// error, never a stack trace), 2 usage error (the problems and the verb's help on standard error).
/// </summary>
internal static class CliApplication
{
    /// <summary>A first argument that is not an option (<c>--urls=…</c>) names a verb.</summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (args[0] is "--help" or "-h" || (!args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal)));

    /// <summary>Arguments after the verb that configure the host (<c>--Cms:DataDirectory=…</c>) rather than the verb.</summary>
    public static string[] HostArguments(string[] args) =>
        [.. args.Skip(1).Where(IsHostArgument)];

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var output = Console.Out;
        var error = Console.Error;
        var verb = args[0];
        try
        {
            return await ParseAndInvokeAsync(args, services, output, error, cancellationToken);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await error.WriteLineAsync($"{verb} failed: {OneLine(ex)}");
            return ExitCodes.Failed;
        }
    }

    private static async Task<int> ParseAndInvokeAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string[] arguments = [.. args.Take(1).Select(a => a == "help" ? "--help" : a), .. args.Skip(1).Where(a => !IsHostArgument(a))];
        await using var scope = services.CreateAsyncScope();
        var root = new RootCommand("Dialogue News: the site's executable. Without a verb it serves the site.");
        foreach (var command in services.GetServices<ICliCommand>())
        {
            root.Add(command.Create(new CliRuntime(scope.ServiceProvider, output, error)));
        }

        var parse = root.Parse(arguments);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync(problem.Message);
            }

            await error.WriteLineAsync();
            await root.Parse([.. CommandPath(parse.CommandResult), "--help"]).InvokeAsync(new InvocationConfiguration { Output = error }, cancellationToken);
            return ExitCodes.Usage;
        }

        if (parse.Action is not HelpAction)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(site: false, cancellationToken);
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
    }

    private static bool IsHostArgument(string argument) =>
        argument.StartsWith("--", StringComparison.Ordinal) && argument.Contains(':', StringComparison.Ordinal) && argument.Contains('=', StringComparison.Ordinal)
        && argument.IndexOf(':', StringComparison.Ordinal) < argument.IndexOf('=', StringComparison.Ordinal);

    private static List<string> CommandPath(CommandResult result)
    {
        var path = new List<string>();
        for (SymbolResult? at = result; at is CommandResult { Command: not RootCommand } command; at = at.Parent)
        {
            path.Insert(0, command.Command.Name);
        }

        return path;
    }

    private static string OneLine(Exception ex)
    {
        var message = (ex is AggregateException { InnerException: { } inner } ? inner : ex).Message;
        return string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
