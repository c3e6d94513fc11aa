using System.Security.Cryptography;
using Concordia.Data;
using Concordia.Domain.Common;
using Concordia.Domain.Contingents;
using Concordia.Domain.Events;
using Concordia.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Vetting;

/// <summary>
/// A vetting officer's decision on one or many members, all or nothing: when one member cannot take the step (wrong
/// state, missing reason, commitment over), none does, and the answer names each member that failed.
/// </summary>
public static class AccreditationCommands
{
    public const int MaxMembers = 2_000;

    public static async Task<Result<IReadOnlyList<Member>>> ApplyAsync(ConcordiaDbContext db, Event ev, IReadOnlyList<Guid> memberIds, AccreditationAction action,
        string? reason, string by, CancellationToken cancellationToken)
    {
        if (memberIds.Count is 0 or > MaxMembers || memberIds.Distinct().Count() != memberIds.Count)
        {
            return Result<IReadOnlyList<Member>>.Failure("memberIds", $"must list 1 to {MaxMembers} different members");
        }

        var members = await db.Members.Include(m => m.Badges).Where(m => m.EventId == ev.Id && memberIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var at = db.Access.Clock.GetUtcNow().UtcDateTime;
        var numbers = action == AccreditationAction.IssueBadge ? await BadgeNumbers.NextAsync(db, ev.Id, cancellationToken) : null;
        var validity = action == AccreditationAction.IssueBadge ? await BadgeValidity.LoadAsync(db, ev, members.Values, at, cancellationToken) : null;
        var errors = new List<DomainError>();
        for (var i = 0; i < memberIds.Count; i++)
        {
            if (!members.TryGetValue(memberIds[i], out var member))
            {
                errors.Add(new DomainError($"memberIds[{i}]", $"there is no member {memberIds[i]} in this event"));
                continue;
            }

            IReadOnlyList<DomainError> failed = action switch
            {
                AccreditationAction.StartReview => member.StartReview(by, at).Errors,
                AccreditationAction.Accredit => member.Accredit(by, at).Errors,
                AccreditationAction.Refuse => member.Refuse(by, at, reason).Errors,
                AccreditationAction.RevokeBadge => member.RevokeBadge(by, at, reason).Errors,
                _ => member.IssueBadge(numbers!.Next(member.Country), NewToken(), validity!.From, validity.Until(member), by, at).Errors,
            };
            errors.AddRange(failed.Select(e => e.Field is "reason" ? e : e.Under($"memberIds[{i}]")));
        }

        if (errors.Count > 0)
        {
            return Result<IReadOnlyList<Member>>.Failure([.. errors.Distinct()]);
        }

        var decided = memberIds.Select(id => members[id]).ToList();
        await ChangeNotifications.AccreditationDecidedAsync(db, ev, decided, action, at, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return decided;
    }

    /// <summary>128 random bits, URL-safe: the QR code's secret.</summary>
    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
