using System.CommandLine;
using System.Globalization;
using Cms.Web.Accounts;
using Cms.Web.Data;
using Cms.Web.Newsroom;

namespace Cms.Web.Cli;

/// <summary>
/// <c>users add --email E --role R</c> (password from standard input), <c>users list</c>,
/// <c>users set-role --email E --role R</c>, <c>users disable --email E</c>,
/// <c>users token --email E [--name N] [--expires YYYY-MM-DD]</c>, <c>users tokens [--email E]</c>, <c>users revoke-token --id N</c>.
/// </summary>
internal sealed class UsersCommand : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var users = new Command("users", "Manage newsroom accounts.");

        var list = new Command("list", "List accounts: e-mail, role, active or disabled.");
        list.SetAction((_, cancellationToken) => Run(runtime, async accounts =>
        {
            foreach (var (user, userRole) in await accounts.ListAsync(1, 10_000))
            {
                await runtime.Output.WriteLineAsync($"{user.Email}\t{userRole}\t{(user.IsDisabled ? "disabled" : "active")}");
            }
        }));
        users.Add(list);

        var (addEmail, addRole) = (Email(), Role());
        var add = new Command("add", "Create an account; the password is read from standard input.") { addEmail, addRole };
        add.SetAction((parse, cancellationToken) => Run(runtime, async accounts =>
        {
            var email = parse.GetRequiredValue(addEmail);
            var role = parse.GetRequiredValue(addRole);
            var password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
            await accounts.AddAsync(email, password, role, "cli");
            await runtime.Output.WriteLineAsync($"added {email} as {role}");
        }));
        users.Add(add);

        var (setEmail, setRole) = (Email(), Role());
        var setRoleCommand = new Command("set-role", "Change an account's role.") { setEmail, setRole };
        setRoleCommand.SetAction((parse, cancellationToken) => Run(runtime, async accounts =>
        {
            var email = parse.GetRequiredValue(setEmail);
            var role = parse.GetRequiredValue(setRole);
            await accounts.SetRoleAsync(email, role, "cli");
            await runtime.Output.WriteLineAsync($"{email} is now {role}");
        }));
        users.Add(setRoleCommand);

        var disableEmail = Email();
        var disable = new Command("disable", "Disable an account.") { disableEmail };
        disable.SetAction((parse, cancellationToken) => Run(runtime, async accounts =>
        {
            var email = parse.GetRequiredValue(disableEmail);
            await accounts.DisableAsync(email, "cli");
            await runtime.Output.WriteLineAsync($"disabled {email}");
        }));
        users.Add(disable);

        var tokenEmail = Email();
        var tokenName = new Option<string>("--name") { Description = "A name for the token.", DefaultValueFactory = _ => "cli" };
        var tokenExpires = new Option<string?>("--expires") { Description = "Last day the token is valid (YYYY-MM-DD); none: no expiry." };
        var token = new Command("token", "Issue an API token for the account and print it once.") { tokenEmail, tokenName, tokenExpires };
        token.SetAction((parse, cancellationToken) => Run(runtime, async accounts =>
        {
            var expires = accounts.ParseTokenExpiry(parse.GetValue(tokenExpires));
            await runtime.Output.WriteLineAsync(await accounts.IssueTokenAsync(parse.GetRequiredValue(tokenEmail), parse.GetRequiredValue(tokenName), "cli", expires));
        }));
        users.Add(token);

        var tokensEmail = new Option<string?>("--email") { Description = "Only this account's tokens." };
        var tokens = new Command("tokens", "List API tokens: id, owner, name, created, expires, state.") { tokensEmail };
        tokens.SetAction((parse, cancellationToken) => Run(runtime, async accounts =>
        {
            var now = runtime.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            foreach (var (apiToken, owner) in await accounts.ListTokensAsync(parse.GetValue(tokensEmail)))
            {
                var state = apiToken.RevokedUtc is not null ? "revoked" : apiToken.ExpiresUtc <= now ? "expired" : "active";
                await runtime.Output.WriteLineAsync(string.Join('\t',
                    apiToken.Id.ToString(CultureInfo.InvariantCulture), owner, apiToken.Name, Iso(apiToken.CreatedUtc), apiToken.ExpiresUtc is { } at ? Iso(at) : "-", state));
            }
        }));
        users.Add(tokens);

        var revokeId = new Option<int>("--id") { Description = "The token's id (see 'users tokens').", Required = true };
        var revoke = new Command("revoke-token", "Revoke one API token.") { revokeId };
        revoke.SetAction((parse, cancellationToken) => Run(runtime, async accounts =>
        {
            var id = parse.GetRequiredValue(revokeId);
            await accounts.RevokeTokenAsync(id, "cli");
            await runtime.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"revoked token {id}"));
        }));
        users.Add(revoke);
        return users;
    }

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static Option<string> Email() => new("--email") { Description = "The account's e-mail address.", Required = true };

    private static Option<string> Role()
    {
        var role = new Option<string>("--role") { Description = "admin, editor or author.", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        return role;
    }

    private static async Task<int> Run(CliRuntime runtime, Func<AccountService, Task> action)
    {
        try
        {
            await action(runtime.Services.GetRequiredService<AccountService>());
            return ExitCodes.Ok;
        }
        catch (NewsroomValidationException ex)
        {
            foreach (var message in ex.Errors.SelectMany(e => e.Value))
            {
                await runtime.Error.WriteLineAsync(message);
            }

            return ExitCodes.Failed;
        }
        catch (NotFoundException ex)
        {
            await runtime.Error.WriteLineAsync(ex.Message);
            return ExitCodes.Failed;
        }
    }
}
