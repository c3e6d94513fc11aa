using Concordia.Data;
using Concordia.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Notifications;

/// <summary>
/// Adds notifications to the change being saved, so that they exist exactly when the change does: in the app and, by
/// each user's choice (<see cref="NotificationPreference"/>, both when none is stored), as an e-mail that
/// <see cref="MailDispatcher"/> sends once the change is saved.
/// </summary>
public static class Notifier
{
    public static async Task<int> AddAsync(ConcordiaDbContext db, IReadOnlyCollection<Guid> userIds, NotificationKind kind, string text, string? link,
        DateTime at, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return 0;
        }

        var choices = await db.NotificationPreferences.IgnoreQueryFilters().Where(p => p.Kind == kind && userIds.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, cancellationToken);
        var added = 0;
        foreach (var userId in userIds.Distinct())
        {
            var (inApp, email) = choices.TryGetValue(userId, out var choice) ? (choice.InApp, choice.Email) : (true, true);
            if (inApp || email)
            {
                db.Notifications.Add(Notification.For(userId, kind, text, link, at, inApp, email));
                added++;
            }
        }

        return added;
    }
}
