using Concordia.Domain.Common;

namespace Concordia.Domain.Contingents;

/// <summary>The member's journey (planned by the liaison) and arrival (checked in by the host).</summary>
public sealed partial class Member
{
    public DateTime? ArrivalAt { get; private set; }

    public string? ArrivalPlace { get; private set; }

    public string? ArrivalReference { get; private set; }

    public DateTime? DepartureAt { get; private set; }

    public string? DeparturePlace { get; private set; }

    public string? DepartureReference { get; private set; }

    /// <summary>When the member was checked in on arrival; the status board's "arrived" counts these.</summary>
    public DateTime? CheckedInAt { get; private set; }

    public string? CheckedInBy { get; private set; }

    /// <summary>Where: the reception desk, or the site where the member reported.</summary>
    public string? CheckInPlace { get; private set; }

    /// <summary>Why a member who was not admissible was checked in all the same (see <see cref="CheckInDespite"/>); null otherwise.</summary>
    public string? CheckInOverride { get; private set; }

    public TravelLeg? Arrival => ArrivalAt is { } at ? new TravelLeg(at, ArrivalPlace ?? string.Empty, ArrivalReference) : null;

    public TravelLeg? Departure => DepartureAt is { } at ? new TravelLeg(at, DeparturePlace ?? string.Empty, DepartureReference) : null;

    public bool HasArrived => CheckedInAt is not null;

    /// <summary>States how the member arrives and leaves; either may be unknown yet (null).</summary>
    public Result<Member> PlanTravel(TravelLeg? arrival, TravelLeg? departure)
    {
        var check = new Check().That(ErasedAt is null, "member", "the personal data of this member were erased");
        Leg(check, arrival, "arrival");
        Leg(check, departure, "departure");
        check.That(arrival is null || departure is null || departure.At > arrival.At, "departure.at", "must be after the arrival");
        if (check.Failed)
        {
            return Result<Member>.Failure(check.Errors);
        }

        if (Arrival == Normalised(arrival) && Departure == Normalised(departure))
        {
            return this;
        }

        (ArrivalAt, ArrivalPlace, ArrivalReference) = (arrival?.At, arrival?.Place.Trim(), MemberRules.Trimmed(arrival?.Reference));
        (DepartureAt, DeparturePlace, DepartureReference) = (departure?.At, departure?.Place.Trim(), MemberRules.Trimmed(departure?.Reference));
        Version++;
        return this;
    }

    /// <summary>
    /// Why the member cannot be let in on <paramref name="day"/> (the event's local date), or null when they can: only an
    /// accredited member whose badge is valid that day is admitted.
    /// </summary>
    public string? WhyNotAdmissible(DateOnly day)
    {
        if (ErasedAt is not null)
        {
            return "the personal data of this member were erased";
        }

        if (ActiveBadge is not { } badge)
        {
            return Status switch
            {
                AccreditationStatus.Accredited => "is accredited but has no badge yet",
                AccreditationStatus.BadgeRevoked => "has no badge in force: the last one was revoked",
                _ => $"was never accredited: the member is {Describe(Status)}",
            };
        }

        return badge.VerdictOn(day) switch
        {
            BadgeVerdict.Valid => null,
            BadgeVerdict.NotYetValid => $"has a badge that is valid only from {badge.ValidFrom:yyyy-MM-dd}",
            _ => $"has a badge that expired on {badge.ValidUntil:yyyy-MM-dd}",
        };
    }

    /// <summary>
    /// Records the arrival of an admissible member (<see cref="WhyNotAdmissible"/> on <paramref name="day"/>, the event's
    /// local date of <paramref name="at"/>), at the reception desk or at a site.
    /// </summary>
    public Result<Member> CheckIn(string by, DateTime at, DateOnly day, string place)
    {
        var check = CheckInRules(place);
        if (!check.Failed && WhyNotAdmissible(day) is { } reason)
        {
            check.That(false, "member", $"cannot be checked in: {reason}; only an accredited member with a valid badge is admitted");
        }

        return check.Failed ? Result<Member>.Failure(check.Errors) : Record(by, at, place, null);
    }

    /// <summary>
    /// Records the arrival of a member who is not admissible, decided by someone allowed to overrule the rule, with the
    /// reason (e.g. the badge is being reprinted); the reason stays on the member and in the audit trail.
    /// </summary>
    public Result<Member> CheckInDespite(string by, DateTime at, string place, string? reason)
    {
        var check = CheckInRules(place).Name(reason, "reason", 500);
        return check.Failed ? Result<Member>.Failure(check.Errors) : Record(by, at, place, reason!.Trim());
    }

    /// <summary>Takes back a check-in recorded by mistake.</summary>
    public Result<Member> UndoCheckIn()
    {
        if (CheckedInAt is null)
        {
            return Result<Member>.Failure("member", "is not checked in");
        }

        CheckedInAt = null;
        CheckedInBy = null;
        CheckInPlace = null;
        CheckInOverride = null;
        Version++;
        return this;
    }

    private Check CheckInRules(string place) => new Check()
        .That(ErasedAt is null, "member", "the personal data of this member were erased")
        .That(CheckedInAt is null, "member", CheckedInAt is { } when ? $"was already checked in at {CheckInPlace} ({when:yyyy-MM-dd HH:mm} UTC)" : string.Empty)
        .Name(place, "place", 200);

    private Member Record(string by, DateTime at, string place, string? overrideReason)
    {
        CheckedInAt = at;
        CheckedInBy = by;
        CheckInPlace = place.Trim();
        CheckInOverride = overrideReason;
        Version++;
        return this;
    }

    private static void Leg(Check check, TravelLeg? leg, string field)
    {
        if (leg is null)
        {
            return;
        }

        check.That(leg.At.Kind == DateTimeKind.Utc, $"{field}.at", "must be a UTC instant")
            .Name(leg.Place, $"{field}.place", 200)
            .Optional(leg.Reference, $"{field}.reference", 60);
    }

    private static TravelLeg? Normalised(TravelLeg? leg) => leg is null ? null : new TravelLeg(leg.At, leg.Place.Trim(), MemberRules.Trimmed(leg.Reference));
}
