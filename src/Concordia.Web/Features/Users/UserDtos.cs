using Concordia.Data.Identity;

namespace Concordia.Web.Features.Users;

public sealed record BindingDto(BindingKind Kind, string Value);

public sealed record UserDto(Guid Id, string UserName, string? Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<BindingDto> Bindings,
    bool TwoFactorEnabled, DateTimeOffset? LockedUntil, bool IsDemo);

/// <summary>A new account. The password must have at least 12 characters with upper and lower case letters and a digit.</summary>
public sealed record CreateUserRequest(string UserName, string Email, string DisplayName, string Password, IReadOnlyList<string>? Roles, IReadOnlyList<BindingDto>? Bindings);

/// <summary>Replaces an account's roles and bindings; the change reaches signed-in sessions within a minute.</summary>
public sealed record UserAccessRequest(IReadOnlyList<string> Roles, IReadOnlyList<BindingDto>? Bindings);
