using System.Globalization;
using Cms.Web.Accounts;
using Cms.Web.Newsroom;

namespace Cms.Web.Cli;

/// <summary>
/// <c>users add --email E --role R</c> (password from standard input), <c>users list</c>,
/// <c>users set-role --email E --role R</c>, <c>users disable --email E</c>,
/// <c>users token --email E [--name N] [--expires YYYY-MM-DD]</c>, <c>users tokens [--email E]</c>, <c>users revoke-token --id N</c>.
/// </summary>
internal sealed class UsersCommand : ICliCommand
{
    public string Name => "users";

    public string Usage => "users add|list|set-role|disable|token|tokens|revoke-token [--email E] [--role admin|editor|author] [--name N] [--expires YYYY-MM-DD] [--id N]   (add reads the password from stdin)";

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
                    var expires = accounts.ParseTokenExpiry(options.GetValueOrDefault("expires"));
                    await output.WriteLineAsync(await accounts.IssueTokenAsync(email, options.GetValueOrDefault("name") ?? "cli", "cli", expires));
                    return ExitCodes.Ok;
                case "tokens":
                    var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                    foreach (var (token, owner) in await accounts.ListTokensAsync(email))
                    {
                        var state = token.RevokedUtc is not null ? "revoked" : token.ExpiresUtc <= now ? "expired" : "active";
                        await output.WriteLineAsync(string.Join('\t',
                            token.Id.ToString(CultureInfo.InvariantCulture), owner, token.Name, Iso(token.CreatedUtc), token.ExpiresUtc is { } at ? Iso(at) : "-", state));
                    }

                    return ExitCodes.Ok;
                case "revoke-token" when int.TryParse(options.GetValueOrDefault("id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                    await accounts.RevokeTokenAsync(id, "cli");
                    await output.WriteLineAsync($"revoked token {id}");
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

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

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
