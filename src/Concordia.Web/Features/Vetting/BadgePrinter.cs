using Concordia.Data;
using Concordia.Data.Badges;
using Concordia.Domain.Common;
using Concordia.Domain.Contingents;
using Concordia.Domain.Events;
using Concordia.Web.Features.Equipment;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Vetting;

/// <summary>The printable card of a member's badge in force, its QR code pointing at the verification page.</summary>
public static class BadgePrinter
{
    public static async Task<Result<(byte[] Pdf, string FileName)>> RenderAsync(ConcordiaDbContext db, Event ev, Member member, Uri verificationUrl,
        CancellationToken cancellationToken)
    {
        if (member.ActiveBadge is not { } badge)
        {
            return Result<(byte[], string)>.Failure("badge", $"the member has no badge in force (the member is {Member.Describe(member.Status)})");
        }

        var capability = member.CapabilityId is { } id
            ? await db.Capabilities.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var equipment = await BadgeEquipment.ForAsync(db, member.Id, cancellationToken);
        var pdf = BadgeRenderer.Render(new BadgeData(ev.Name, member.FamilyName, member.GivenName, member.Country, capability ?? "Contingent member",
            badge.Number, badge.ValidFrom, badge.ValidUntil, verificationUrl, member.LatinName, equipment.Armed, equipment.Arms, equipment.Dog));
        return pdf.IsSuccess ? (pdf.Value, $"badge-{badge.Number}.pdf") : Result<(byte[], string)>.Failure(pdf.Errors);
    }
}
