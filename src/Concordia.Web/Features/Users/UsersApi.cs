using Concordia.Data;
using Concordia.Data.Identity;
using Concordia.Domain.Common;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Users;

/// <summary>Accounts, their roles and bindings: administrators only.</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization(Policies.UserManage);
        group.MapGet("/", ListAsync).WithSummary("Lists the accounts with their roles and bindings.");
        group.MapGet("/{userId:guid}", GetAsync).WithSummary("Reads one account.");
        group.MapPost("/", CreateAsync).WithSummary("Creates a local account with roles and bindings.");
        group.MapPut("/{userId:guid}/access", SetAccessAsync).WithSummary("Replaces an account's roles and bindings.");
        group.MapPost("/{userId:guid}/lock", LockAsync).WithSummary("Locks an account and revokes its tokens.");
        group.MapPost("/{userId:guid}/unlock", UnlockAsync).WithSummary("Unlocks an account.");
        group.MapDelete("/{userId:guid}/two-factor", ResetTwoFactorAsync).WithSummary("Removes an account's second factor (lost phone).");
        return api;
    }

    private static async Task<Ok<List<UserDto>>> ListAsync(UserManager<ConcordiaUser> users, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var result = new List<UserDto>();
        foreach (var user in all)
        {
            result.Add(await ToDtoAsync(users, db, user, cancellationToken));
        }

        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<UserDto>, ProblemHttpResult>> GetAsync(Guid userId, UserManager<ConcordiaUser> users, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is null ? ApiProblems.NotFound($"There is no user {userId}.") : TypedResults.Ok(await ToDtoAsync(users, db, user, cancellationToken));
    }

    private static async Task<Results<Created<UserDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateUserRequest request, UserManager<ConcordiaUser> users, ConcordiaDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var roles = request.Roles ?? [];
        var bindings = request.Bindings ?? [];
        var errors = (await UserAccessRules.CheckAsync(db, roles, bindings, cancellationToken)).ToList();
        errors.AddRange(new Check().Name(request.DisplayName, "displayName").Name(request.UserName, "userName", 256).Errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var user = new ConcordiaUser { UserName = request.UserName, Email = request.Email, DisplayName = request.DisplayName, CreatedAt = time.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, request.Password ?? string.Empty);
        if (!created.Succeeded)
        {
            return created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail")
                ? ApiProblems.Conflict(string.Join(" ", created.Errors.Select(e => e.Description)))
                : ApiProblems.Invalid(created.Errors.Select(e => new DomainError(FieldOf(e), e.Description)));
        }

        await users.AddToRolesAsync(user, roles);
        await UserAccessRules.ReplaceBindingsAsync(db, user.Id, bindings, cancellationToken);
        return TypedResults.Created($"/api/v1/users/{user.Id}", await ToDtoAsync(users, db, user, cancellationToken));
    }

    private static async Task<Results<Ok<UserDto>, ValidationProblem, ProblemHttpResult>> SetAccessAsync(
        Guid userId, UserAccessRequest request, UserManager<ConcordiaUser> users, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return ApiProblems.NotFound($"There is no user {userId}.");
        }

        var roles = request.Roles ?? [];
        var bindings = request.Bindings ?? [];
        var errors = await UserAccessRules.CheckAsync(db, roles, bindings, cancellationToken);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(current));
        await UserAccessRules.ReplaceBindingsAsync(db, user.Id, bindings, cancellationToken);
        await users.UpdateSecurityStampAsync(user);
        return TypedResults.Ok(await ToDtoAsync(users, db, user, cancellationToken));
    }

    private static async Task<Results<Ok<UserDto>, ProblemHttpResult>> LockAsync(Guid userId, UserManager<ConcordiaUser> users, ConcordiaDbContext db,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return ApiProblems.NotFound($"There is no user {userId}.");
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var token in await db.ApiTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(cancellationToken))
        {
            token.RevokedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ToDtoAsync(users, db, user, cancellationToken));
    }

    private static async Task<Results<Ok<UserDto>, ProblemHttpResult>> UnlockAsync(Guid userId, UserManager<ConcordiaUser> users, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return ApiProblems.NotFound($"There is no user {userId}.");
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return TypedResults.Ok(await ToDtoAsync(users, db, user, cancellationToken));
    }

    private static async Task<Results<Ok<UserDto>, ProblemHttpResult>> ResetTwoFactorAsync(Guid userId, UserManager<ConcordiaUser> users, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return ApiProblems.NotFound($"There is no user {userId}.");
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        return TypedResults.Ok(await ToDtoAsync(users, db, user, cancellationToken));
    }

    public static async Task<UserDto> ToDtoAsync(UserManager<ConcordiaUser> users, ConcordiaDbContext db, ConcordiaUser user, CancellationToken cancellationToken)
    {
        var bindings = await db.UserBindings.AsNoTracking().Where(b => b.UserId == user.Id).ToListAsync(cancellationToken);
        var locked = user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? end : (DateTimeOffset?)null;
        return new UserDto(user.Id, user.UserName ?? string.Empty, user.Email, user.DisplayName, [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)],
            [.. bindings.Select(b => new BindingDto(b.Kind, b.Value))], user.TwoFactorEnabled, locked, user.IsDemo);
    }

    private static string FieldOf(IdentityError error) =>
        error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password"
        : error.Code.Contains("Email", StringComparison.Ordinal) ? "email"
        : error.Code.Contains("UserName", StringComparison.Ordinal) ? "userName" : "(account)";
}
