using System.CommandLine;
using Concordia.Cli.Common;
using Concordia.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Concordia.Cli.Admin;

/// <summary>
/// <c>concordia admin create</c>: the first administrator of an installation outside demo mode, where only an
/// administrator can create accounts in the app. The password never appears on the command line: it is read from
/// standard input (typed twice, hidden, at a terminal; the first line when piped).
/// </summary>
public static class AdminCommands
{
    public static Command Create(IAnsiConsole console)
    {
        var admin = new Command("admin", "Administrator accounts, for when nobody can sign in yet.");
        var user = new Option<string>("--user") { Description = "E-mail address the administrator signs in with.", Required = true };
        var name = new Option<string>("--name") { Description = "Name shown in the app and in the audit trail.", Required = true };
        var create = new Command("create", "Creates an administrator account; the password is read from standard input.") { user, name };
        create.SetAction(async (parse, cancellationToken) =>
        {
            var password = ReadPassword(console);
            if (password is null)
            {
                console.MarkupLine("[red]No password was given[/] (or the two entries differ); nothing was created.");
                return ExitCodes.InvalidInput;
            }

            await using var services = await Database.OpenAsync(parse, cancellationToken, s => s.AddLogging().AddConcordiaAccounts());
            await using var scope = services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConcordiaUser>>();
            await Accounts.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<ConcordiaRole>>());
            var email = parse.GetValue(user)!.Trim();
            var account = new ConcordiaUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = parse.GetValue(name)!.Trim(), CreatedAt = DateTime.UtcNow,
            };
            var created = await users.CreateAsync(account, password);
            if (!created.Succeeded)
            {
                console.MarkupLine("[red]The administrator was not created[/]:");
                foreach (var error in created.Errors)
                {
                    console.MarkupLine($"  {Markup.Escape(error.Description)}");
                }

                return ExitCodes.InvalidInput;
            }

            var role = await users.AddToRoleAsync(account, Roles.Administrator);
            if (!role.Succeeded)
            {
                await users.DeleteAsync(account);
                console.MarkupLine($"[red]Failed:[/] {Markup.Escape(string.Join(" ", role.Errors.Select(e => e.Description)))}");
                return ExitCodes.Failure;
            }

            console.MarkupLine($"[green]Created[/] the administrator {Markup.Escape(email)}. Sign in at /account/login, turn on a second factor at " +
                "/account/two-factor, then create the other accounts at /admin/users.");
            return ExitCodes.Success;
        });
        admin.Subcommands.Add(create);
        return admin;
    }

    private static string? ReadPassword(IAnsiConsole console)
    {
        if (Console.IsInputRedirected)
        {
            var line = Console.In.ReadLine();
            return string.IsNullOrEmpty(line) ? null : line;
        }

        var first = console.Prompt(new TextPrompt<string>("Password (at least 12 characters, upper and lower case and a digit):").Secret());
        var again = console.Prompt(new TextPrompt<string>("The same password again:").Secret());
        return first == again ? first : null;
    }
}
