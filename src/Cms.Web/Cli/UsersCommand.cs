using Cms.Web.Accounts;
using Cms.Web.Newsroom;

namespace Cms.Web.Cli;

/// <summary>
/// <c>users add --email E --role R</c> (password from standard input), <c>users list</c>,
/// <c>users set-role --email E --role R</c>, <c>users disable --email E</c>, <c>users token --email E [--name N]</c>.
/// </summary>
internal sealed class UsersCommand : ICliCommand
{
    public string Name => "users";

    public string Usage => "users add|list|set-role|disable|token [--email E] [--role admin|editor|author] [--name N]   (add reads the password from stdin)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (arguments.Count == 0)
        {
            await error.WriteLineAsync("usage: " + Usage);
            return ExitCodes.Usage;
        }

        var options = Options(arguments.Skip(1).ToList());
        if (options is null)
        {
            await error.WriteLineAsync("usage: " + Usage);
            return ExitCodes.Usage;
        }

        var accounts = services.GetRequiredService<AccountService>();
        var email = options.GetValueOrDefault("email");
        var role = options.GetValueOrDefault("role");
        try
        {
            switch (arguments[0])
            {
                case "list":
                    foreach (var (user, userRole) in await accounts.ListAsync(1, 10_000))
                    {
                        await output.WriteLineAsync($"{user.Email}\t{userRole}\t{(user.IsDisabled ? "disabled" : "active")}");
                    }

                    return ExitCodes.Ok;
                case "add" when email is not null && role is not null:
                    var password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
                    await accounts.AddAsync(email, password, role, "cli");
                    await output.WriteLineAsync($"added {email} as {role}");
                    return ExitCodes.Ok;
                case "set-role" when email is not null && role is not null:
                    await accounts.SetRoleAsync(email, role, "cli");
                    await output.WriteLineAsync($"{email} is now {role}");
                    return ExitCodes.Ok;
                case "disable" when email is not null:
                    await accounts.DisableAsync(email, "cli");
                    await output.WriteLineAsync($"disabled {email}");
                    return ExitCodes.Ok;
                case "token" when email is not null:
                    await output.WriteLineAsync(await accounts.IssueTokenAsync(email, options.GetValueOrDefault("name") ?? "cli", "cli"));
                    return ExitCodes.Ok;
                default:
                    await error.WriteLineAsync("usage: " + Usage);
                    return ExitCodes.Usage;
            }
        }
        catch (NewsroomValidationException ex)
        {
            foreach (var message in ex.Errors.SelectMany(e => e.Value))
            {
                await error.WriteLineAsync(message);
            }

            return ExitCodes.Failed;
        }
        catch (NotFoundException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return ExitCodes.Failed;
        }
    }

    private static Dictionary<string, string>? Options(List<string> arguments)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++)
        {
            if (!arguments[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= arguments.Count)
            {
                return null;
            }

            options[arguments[i][2..]] = arguments[++i];
        }

        return options;
    }
}
