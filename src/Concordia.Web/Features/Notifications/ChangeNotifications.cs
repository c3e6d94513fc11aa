using System.Globalization;
using Concordia.Data;
using Concordia.Domain.Contingents;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Concordia.Domain.Notifications;
using Concordia.Domain.Pledges;
using Concordia.Domain.Requests;
using Concordia.Web.Features.Pledges;
using Concordia.Web.Features.Vetting;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Notifications;

/// <summary>
/// What each change of the request, pledge and vetting flows tells whom, in words: a liaison of a new request and of
/// decisions on their pledge, the requesting agency of new and revised answers, a liaison of vetting decisions on
/// their contingent. Called by the use cases before they save, so the notifications are saved with the change.
/// </summary>
public static class ChangeNotifications
{
    public static async Task RequestSentAsync(ConcordiaDbContext db, AssistanceRequest request, DateTime at, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().FirstAsync(e => e.Id == request.EventId, cancellationToken);
        var agency = await db.Agencies.Where(a => a.Id == request.AgencyId).Select(a => a.Name).FirstAsync(cancellationToken);
        foreach (var ask in request.Asks)
        {
            await Notifier.AddAsync(db, await NotificationRecipients.LiaisonsOfAsync(db, ask.Country, cancellationToken), NotificationKind.RequestReceived,
                $"{agency} asks {CountryName(ask.Country)} for help: \"{request.Title}\" ({ev.Name}). Please answer by "
                + $"{EventTime.Format(ev, request.ReplyDeadline, CultureInfo.InvariantCulture)}.",
                $"/events/{ev.Code}/asks/{ask.Id}", at, cancellationToken);
        }
    }

    public static async Task PledgeAnsweredAsync(ConcordiaDbContext db, Pledge pledge, bool revised, DateTime at, CancellationToken cancellationToken)
    {
        var code = await db.Events.Where(e => e.Id == pledge.EventId).Select(e => e.Code).FirstAsync(cancellationToken);
        var title = pledge.RequestId is { } requestId
            ? await db.Requests.Where(r => r.Id == requestId).Select(r => r.Title).FirstAsync(cancellationToken)
            : null;
        var text = (revised, title) switch
        {
            (false, null) => $"{CountryName(pledge.Country)} offers help without a request.",
            (false, _) => $"{CountryName(pledge.Country)} answered \"{title}\".",
            (true, null) => $"{CountryName(pledge.Country)} revised its offer of help.",
            (true, _) => $"{CountryName(pledge.Country)} revised its answer to \"{title}\".",
        };
        var link = pledge.AskId is { } askId ? $"/events/{code}/asks/{askId}" : $"/events/{code}/requests";
        await Notifier.AddAsync(db, await NotificationRecipients.AgencyAsync(db, pledge.AgencyId, cancellationToken), NotificationKind.PledgeReceived,
            text, link, at, cancellationToken);
    }

    public static async Task PledgeDecidedAsync(ConcordiaDbContext db, Pledge pledge, Guid lineId, DecisionKind decision, DateTime at, CancellationToken cancellationToken)
    {
        var code = await db.Events.Where(e => e.Id == pledge.EventId).Select(e => e.Code).FirstAsync(cancellationToken);
        var agency = await db.Agencies.Where(a => a.Id == pledge.AgencyId).Select(a => a.Name).FirstAsync(cancellationToken);
        var line = pledge.Lines.First(l => l.Id == lineId);
        var verb = decision switch
        {
            DecisionKind.Accept => "accepted",
            DecisionKind.Decline => "declined",
            _ => "asks you to revise",
        };
        var link = pledge.AskId is { } askId ? $"/events/{code}/asks/{askId}" : $"/events/{code}/asks";
        await Notifier.AddAsync(db, await NotificationRecipients.LiaisonsOfAsync(db, pledge.Country, cancellationToken), NotificationKind.PledgeDecided,
            $"{agency} {verb} line {line.Number} of {CountryName(pledge.Country)}'s pledge.", link, at, cancellationToken);
    }

    public static async Task AccreditationDecidedAsync(ConcordiaDbContext db, Event ev, IReadOnlyList<Member> members, AccreditationAction action, DateTime at,
        CancellationToken cancellationToken)
    {
        var (one, many) = action switch
        {
            AccreditationAction.StartReview => ("is under review", "are under review"),
            AccreditationAction.Accredit => ("was accredited", "were accredited"),
            AccreditationAction.Refuse => ("was refused accreditation", "were refused accreditation"),
            AccreditationAction.IssueBadge => ("was given a badge", "were given a badge"),
            _ => ("lost the badge", "lost their badges"),
        };
        foreach (var country in members.GroupBy(m => m.Country))
        {
            var count = country.Count();
            var text = count == 1
                ? $"{country.First().DisplayName} ({CountryName(country.Key)}) {one} for {ev.Name}."
                : $"{count} members of {CountryName(country.Key)}'s contingent {many} for {ev.Name}.";
            await Notifier.AddAsync(db, await NotificationRecipients.LiaisonsOfAsync(db, country.Key, cancellationToken), NotificationKind.AccreditationDecided,
                text, $"/events/{ev.Code}/contingents/{country.Key}", at, cancellationToken);
        }
    }

    private static string CountryName(string code) => CountryCatalogue.Find(code)?.Name ?? code;
}
