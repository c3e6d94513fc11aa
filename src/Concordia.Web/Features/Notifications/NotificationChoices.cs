using Concordia.Data;
using Concordia.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Notifications;

/// <summary>One kind of notification, in words, and how the caller wants it.</summary>
public sealed record NotificationChoiceDto(NotificationKind Kind, string Label, bool InApp, bool Email);

/// <summary>How the caller wants one kind of notification.</summary>
public sealed record NotificationChoiceRequest(NotificationKind Kind, bool InApp, bool Email);

/// <summary>
/// The caller's choices per kind of notification, read and changed by the notifications page and the API alike. The
/// data layer shows each user only their own.
/// </summary>
public static class NotificationChoices
{
    public static readonly IReadOnlyDictionary<NotificationKind, string> Labels = new Dictionary<NotificationKind, string>
    {
        [NotificationKind.RequestReceived] = "A request for assistance is sent to my country",
        [NotificationKind.PledgeReceived] = "A country answers or revises its answer to my agency's request",
        [NotificationKind.PledgeDecided] = "The host decides on my country's pledge",
        [NotificationKind.AccreditationDecided] = "Vetting decisions on my country's members",
        [NotificationKind.DeadlineReminder] = "A reply deadline of my country is near",
        [NotificationKind.AskOverdue] = "A country has not answered by its deadline",
        [NotificationKind.PlanPublished] = "A deployment plan with duties for my country or sites is published or changes",
    };

    public static async Task<List<NotificationChoiceDto>> LoadAsync(ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.NotificationPreferences.AsNoTracking().ToDictionaryAsync(p => p.Kind, cancellationToken);
        return [.. Enum.GetValues<NotificationKind>().Select(kind => stored.TryGetValue(kind, out var p)
            ? new NotificationChoiceDto(kind, Labels[kind], p.InApp, p.Email)
            : new NotificationChoiceDto(kind, Labels[kind], true, true))];
    }

    public static async Task SaveAsync(ConcordiaDbContext db, Guid userId, IReadOnlyList<NotificationChoiceRequest> choices, CancellationToken cancellationToken)
    {
        var stored = await db.NotificationPreferences.ToDictionaryAsync(p => p.Kind, cancellationToken);
        foreach (var choice in choices)
        {
            if (stored.TryGetValue(choice.Kind, out var existing))
            {
                existing.Change(choice.InApp, choice.Email);
            }
            else
            {
                db.NotificationPreferences.Add(NotificationPreference.For(userId, choice.Kind, choice.InApp, choice.Email));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
