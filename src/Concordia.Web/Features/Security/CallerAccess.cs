using System.Security.Claims;
using Concordia.Data;
using Concordia.Data.Auditing;
using Microsoft.AspNetCore.Components.Authorization;

namespace Concordia.Web.Features.Security;

/// <summary>
/// The <see cref="IDataAccess"/> of whoever is calling, read afresh at every query and save: in an HTTP request the
/// request's user, in an interactive page the circuit's user (interactive circuits have no reliable HttpContext).
/// Outside both (start-up, background work) it is the system, seeing no country's rows.
/// </summary>
internal sealed class CallerAccess(IHttpContextAccessor http, AuthenticationStateProvider? circuit, TimeProvider clock) : IDataAccess
{
    public DataScope Scope => Caller() is { } user ? user.Scope : DataScope.Nothing;

    public AuditActor Actor => Caller() is { } user
        ? new AuditActor(user.Id, user.Name, http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "interactive session")
        : AuditActor.System("background");

    public TimeProvider Clock => clock;

    private CurrentUser? Caller()
    {
        var principal = CircuitUser() ?? http.HttpContext?.User;
        return principal is null ? null : CurrentUser.From(principal);
    }

    private ClaimsPrincipal? CircuitUser()
    {
        if (circuit is null)
        {
            return null;
        }

        try
        {
            var state = circuit.GetAuthenticationStateAsync();
            return state.IsCompletedSuccessfully ? state.Result.User : null;
        }
        catch (InvalidOperationException)
        {
            // Outside a circuit the provider has no state: this is a plain HTTP request.
            return null;
        }
    }
}
