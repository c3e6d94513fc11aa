using Concordia.Data;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Notifications;

public sealed record NotificationDto(Guid Id, string Text, string? Link, DateTime CreatedAt, DateTime? ReadAt);

/// <summary>The caller's own notifications; nobody reads anyone else's (data layer).</summary>
public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", ListAsync).WithSummary("The caller's notifications, newest first.");
        group.MapPost("/{notificationId:guid}/read", ReadAsync).WithSummary("Marks one of the caller's notifications as read.");
        return api;
    }

    private static async Task<Ok<List<NotificationDto>>> ListAsync(ConcordiaDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Notifications.AsNoTracking().OrderByDescending(n => n.CreatedAt).Take(200)
            .Select(n => new NotificationDto(n.Id, n.Text, n.Link, n.CreatedAt, n.ReadAt)).ToListAsync(cancellationToken));

    private static async Task<Results<NoContent, ProblemHttpResult>> ReadAsync(Guid notificationId, ConcordiaDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == notificationId, cancellationToken);
        if (notification is null)
        {
            return ApiProblems.NotFound($"There is no notification {notificationId} of yours.");
        }

        notification.MarkRead(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
