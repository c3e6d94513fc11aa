using System.Security.Cryptography;
using Concordia.Data;
using Concordia.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Demo;

/// <summary>
/// One account per role for the demo, including liaisons of two countries. They exist only in demo mode: outside it
/// they are deleted at start-up. Passwords are random and printed once, unless Demo:Password fixes them.
/// </summary>
public static partial class DemoAccounts
{
    public const string Domain = "concordia.demo";

    /// <summary>User name, display name, role and what the role is bound to.</summary>
    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role, BindingKind? Kind, string? Binding)> All =
    [
        ("admin", "Administrator", Roles.Administrator, null, null),
        ("coordinator", "Host coordinator (Interior Ministry)", Roles.HostCoordinator, BindingKind.Agency, "fr-dcis"),
        ("defence", "Defence Ministry officer", Roles.HostAgencyOfficer, BindingKind.Agency, "fr-minarm"),
        ("planner", "Planner", Roles.Planner, null, null),
        ("vetting", "Vetting officer", Roles.VettingOfficer, null, null),
        ("liaison.pl", "Liaison officer, Poland", Roles.CountryLiaison, BindingKind.Country, "PL"),
        ("liaison.es", "Liaison officer, Spain", Roles.CountryLiaison, BindingKind.Country, "ES"),
        ("liaison.de", "Liaison officer, Germany", Roles.CountryLiaison, BindingKind.Country, "DE"),
        ("commander", "Site commander, Stade de France", Roles.SiteCommander, BindingKind.Site, "STA"),
        ("observer", "Observer (minister's office)", Roles.Observer, null, null),
    ];

    public static async Task EnsureAsync(IServiceProvider services, ConcordiaDbContext db, DemoOptions demo, ILogger logger, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<UserManager<ConcordiaUser>>();
        await Accounts.EnsureRolesAsync(services.GetRequiredService<RoleManager<ConcordiaRole>>());
        var created = new List<(string, string)>();
        foreach (var (name, display, role, kind, binding) in All)
        {
            var userName = $"{name}@{Domain}";
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var password = string.IsNullOrEmpty(demo.Password) ? NewPassword() : demo.Password;
            var user = new ConcordiaUser { UserName = userName, Email = userName, DisplayName = display, IsDemo = true, CreatedAt = DateTime.UtcNow, EmailConfirmed = true };
            Check(await users.CreateAsync(user, password), userName);
            Check(await users.AddToRoleAsync(user, role), userName);
            if (kind is { } bindingKind)
            {
                foreach (var value in await ResolveAsync(db, bindingKind, binding!, cancellationToken))
                {
                    db.UserBindings.Add(new UserBinding { UserId = user.Id, Kind = bindingKind, Value = value });
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            created.Add((userName, password));
        }

        if (created.Count > 0 && string.IsNullOrEmpty(demo.Password))
        {
            // Printed to the console, once: the passwords exist nowhere else (the database holds only their hashes).
            LogAccounts(logger, created.Count);
            var lines = created.Select(c => $"  {c.Item1,-30} {c.Item2}");
            await Console.Out.WriteLineAsync(string.Join(Environment.NewLine,
                ["", "Demo accounts (shown once; sign in at /account/login):", .. lines, ""]));
        }
    }

    public static async Task RemoveAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<UserManager<ConcordiaUser>>();
        var demoUsers = await users.Users.Where(u => u.IsDemo).ToListAsync(cancellationToken);
        foreach (var user in demoUsers)
        {
            Check(await users.DeleteAsync(user), user.UserName ?? user.Id.ToString());
        }

        if (demoUsers.Count > 0)
        {
            LogRemoved(logger, demoUsers.Count);
        }
    }

    // Agency and site bindings name a code here, bound in every demo event that has it (the historical Paris 2024 and
    // its upcoming copy); stored bindings hold the record's id.
    private static async Task<IReadOnlyList<string>> ResolveAsync(ConcordiaDbContext db, BindingKind kind, string code, CancellationToken cancellationToken)
    {
        if (kind == BindingKind.Country)
        {
            return [code];
        }

        var ids = kind == BindingKind.Agency
            ? await db.Agencies.Where(a => a.Code == code).Select(a => a.Id).ToListAsync(cancellationToken)
            : await db.Sites.Where(s => s.Code == code).Select(s => s.Id).ToListAsync(cancellationToken);
        return [.. ids.Select(id => id.ToString())];
    }

    private static string NewPassword() =>
        "Demo-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y').TrimEnd('=') + "-" + RandomNumberGenerator.GetInt32(10, 100);

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {what}: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(EventId = 1110, Level = LogLevel.Information, Message = "{Count} demo accounts created; their passwords are printed on the console once")]
    private static partial void LogAccounts(ILogger logger, int count);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning, Message = "Demo mode is off: {Count} demo account(s) removed")]
    private static partial void LogRemoved(ILogger logger, int count);
}
