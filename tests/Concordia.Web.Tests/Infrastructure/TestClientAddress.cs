using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Infrastructure;

/// <summary>
/// The test server has no network, so every request comes from nowhere; with this filter a test says which client
/// address a request comes from (header <see cref="Header"/>), as requests from two machines would.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter, TestClientAddress>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            await proceed(context);
        });
        next(app);
    };
}
