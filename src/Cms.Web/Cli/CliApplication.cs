using Cms.Web.Data;

namespace Cms.Web.Cli;

/// <summary>Runs a CLI verb against the same services the site uses.</summary>
internal static class CliApplication
{
    /// <summary>A first argument that is not an option (<c>--urls=…</c>) names a verb.</summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (args[0] is "--help" or "-h" || (!args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal)));

    /// <summary>Arguments after the verb that configure the host (<c>--Cms:DataDirectory=…</c>) rather than the verb.</summary>
    public static string[] HostArguments(string[] args) =>
        [.. args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains(':', StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))];

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var commands = services.GetServices<ICliCommand>().ToList();
        var output = Console.Out;
        var error = Console.Error;
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.Ordinal));
        if (command is null)
        {
            await error.WriteLineAsync("Usage: dotnet run --project src/Cms.Web -- VERB [arguments]");
            foreach (var c in commands)
            {
                await error.WriteLineAsync("  " + c.Usage);
            }

            return args[0] is "help" or "--help" or "-h" ? ExitCodes.Ok : ExitCodes.Usage;
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed: false, cancellationToken);
        }

        var arguments = args.Skip(1).Where(a => !HostArguments(args).Contains(a, StringComparer.Ordinal)).ToList();
        await using var commandScope = services.CreateAsyncScope();
        return await command.RunAsync(arguments, commandScope.ServiceProvider, output, error, cancellationToken);
    }
}
