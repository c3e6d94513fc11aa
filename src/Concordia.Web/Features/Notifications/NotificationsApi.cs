using System.Security.Claims;
using Concordia.Data;
using Concordia.Domain.Notifications;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Notifications;

public sealed record NotificationDto(Guid Id, NotificationKind Kind, string Text, string? Link, DateTime CreatedAt, DateTime? ReadAt);

/// <summary>The caller's own notifications and choices; nobody reads anyone else's (data layer).</summary>
public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", ListAsync).WithSummary("The caller's notifications in the app, newest first.");
        group.MapPost("/{notificationId:guid}/read", ReadAsync).WithSummary("Marks one of the caller's notifications as read.");
        group.MapGet("/preferences", PreferencesAsync).WithSummary("For each kind of notification, whether the caller gets it in the app and by e-mail.");
        group.MapPut("/preferences", ChooseAsync).WithSummary("Changes the caller's choices; kinds left out keep theirs.");
        return api;
    }

    private static async Task<Ok<List<NotificationDto>>> ListAsync(ConcordiaDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Notifications.AsNoTracking().Where(n => !n.EmailOnly).OrderByDescending(n => n.CreatedAt).Take(200)
            .Select(n => new NotificationDto(n.Id, n.Kind, n.Text, n.Link, n.CreatedAt, n.ReadAt)).ToListAsync(cancellationToken));

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

    private static async Task<Ok<List<NotificationChoiceDto>>> PreferencesAsync(ConcordiaDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await NotificationChoices.LoadAsync(db, cancellationToken));

    private static async Task<Results<NoContent, ValidationProblem>> ChooseAsync(List<NotificationChoiceRequest> choices, ConcordiaDbContext db, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        if (choices.Select(c => c.Kind).Distinct().Count() != choices.Count)
        {
            return ApiProblems.Invalid("kind", "name each kind of notification once");
        }

        await NotificationChoices.SaveAsync(db, CurrentUser.From(user).Id!.Value, choices, cancellationToken);
        return TypedResults.NoContent();
    }
}
