using System.CommandLine;
using Cms.Web.Accounts;
using Cms.Web.Data;
using Cms.Web.Newsroom;

namespace Cms.Web.Cli;

/// <summary>
/// <c>users add --email E --role R</c> (password from standard input), <c>users list</c>,
/// <c>users set-role --email E --role R</c>, <c>users disable --email E</c>, <c>users token --email E [--name N]</c>.
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
        var token = new Command("token", "Issue an API token for the account and print it once.") { tokenEmail, tokenName };
        token.SetAction((parse, cancellationToken) => Run(runtime, async accounts =>
            await runtime.Output.WriteLineAsync(await accounts.IssueTokenAsync(parse.GetRequiredValue(tokenEmail), parse.GetRequiredValue(tokenName), "cli"))));
        users.Add(token);
        return users;
    }

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
