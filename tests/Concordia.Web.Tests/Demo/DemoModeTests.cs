using System.Net;
using System.Net.Http.Json;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Demo;

public sealed class DemoModeTests
{
    private const string Password = "Demo-password-2024";

    private static readonly Dictionary<string, string?> DemoOn = new()
    {
        ["Demo:Enabled"] = "true",
        ["Demo:Password"] = Password,
        ["Demo:ScenarioFiles:0"] = "samples/euro-2024/scenario.json",
        ["Demo:ScenarioFiles:1"] = string.Empty,
        ["Demo:Upcoming:ScenarioFile"] = string.Empty,
    };

    [Fact]
    public async Task Demo_mode_creates_one_account_per_role_and_they_are_gone_once_the_app_starts_outside_demo_mode()
    {
        string folder;
        await using (var demo = await ConcordiaApp.StartAsync(Databases.Sqlite, DemoOn))
        {
            demo.KeepFolder = true;
            folder = demo.DataFolder!;
            using var scope = demo.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConcordiaUser>>();
            var accounts = await users.Users.Where(u => u.IsDemo).ToListAsync();
            var roles = new List<string>();
            foreach (var account in accounts)
            {
                roles.AddRange(await users.GetRolesAsync(account));
            }

            Assert.Equal(Roles.All.Order(), roles.Distinct().Order());
            Assert.Equal(3, roles.Count(r => r == Roles.CountryLiaison));
            using var token = await demo.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "liaison.pl@concordia.demo", password = Password });
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        }

        await using var production = await ConcordiaApp.StartAsync(Databases.Sqlite, new Dictionary<string, string?> { ["Demo:Enabled"] = "false" }, sqliteFolder: folder);
        using (var scope = production.Services.CreateScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<UserManager<ConcordiaUser>>().Users.AnyAsync(u => u.IsDemo));
        }

        using var refused = await production.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin@concordia.demo", password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
