using Concordia.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Concordia.Web.Features.Users;

/// <summary>
/// Outside demo mode nobody can sign in until an administrator exists, and administrators are made by administrators:
/// the first one comes from the command line. At start-up the roles are made sure of, and a start without any
/// administrator says in the log how to create one.
/// </summary>
public static partial class FirstAdministrator
{
    public static async Task CheckAsync(IServiceProvider services, ILogger logger)
    {
        await Accounts.EnsureRolesAsync(services.GetRequiredService<RoleManager<ConcordiaRole>>());
        if (!await Accounts.HasAdministratorAsync(services.GetRequiredService<UserManager<ConcordiaUser>>(), services.GetRequiredService<TimeProvider>()))
        {
            LogNoAdministrator(logger);
        }
    }

    [LoggerMessage(EventId = 1120, Level = LogLevel.Warning, Message = "There is no administrator account, so nobody can sign in yet. On this machine, with the " +
        "same database settings, run: concordia admin create --user EMAIL --name \"FULL NAME\" (the password is read from standard input)")]
    private static partial void LogNoAdministrator(ILogger logger);
}
