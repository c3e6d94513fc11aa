using Concordia.Domain.Common;
using Concordia.Domain.Events;

namespace Concordia.Domain.Lodging;

/// <summary>
/// A place where the host lodges foreign personnel (a barracks, a police school, a hotel block), with its capacity
/// night by night. A night is named by the date of its evening.
/// </summary>
public sealed class AccommodationSite
{
    private AccommodationSite()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string? Address { get; private set; }

    /// <summary>Beds on a usual night.</summary>
    public int Beds { get; private set; }

    public DateOnly FirstNight { get; private set; }

    public DateOnly LastNight { get; private set; }

    public IReadOnlyList<NightCapacity> Exceptions { get; private set; } = [];

    public int Version { get; private set; }

    public AccommodationSiteDetails Details => new(Code, Name, Address, Beds, FirstNight, LastNight, Exceptions);

    public static Result<AccommodationSite> Create(Event ev, AccommodationSiteDetails details)
    {
        var check = new Check();
        CheckDetails(check, details);
        return check.ToResult(() =>
        {
            var site = new AccommodationSite { Id = Guid.CreateVersion7(), EventId = ev.Id };
            site.Apply(details);
            return site;
        });
    }

    public Result<AccommodationSite> Update(AccommodationSiteDetails details)
    {
        var check = new Check();
        CheckDetails(check, details);
        if (check.Failed)
        {
            return Result<AccommodationSite>.Failure(check.Errors);
        }

        Apply(details);
        Version++;
        return this;
    }

    /// <summary>Beds on <paramref name="night"/>: none outside the site's nights.</summary>
    public int CapacityOn(DateOnly night) =>
        night < FirstNight || night > LastNight ? 0 : Exceptions.FirstOrDefault(e => e.Night == night)?.Beds ?? Beds;

    private static void CheckDetails(Check check, AccommodationSiteDetails details)
    {
        var exceptions = details.Exceptions ?? [];
        check.Code(details.Code, "code")
            .Name(details.Name, "name", 200)
            .Optional(details.Address, "address", 300)
            .That(details.Beds is >= 0 and <= 100_000, "beds", "must be between 0 and 100,000")
            .That(details.LastNight >= details.FirstNight, "lastNight", "must not be before the first night")
            .That(details.LastNight.DayNumber - details.FirstNight.DayNumber <= 366, "lastNight", "a site is lodged for at most a year")
            .That(exceptions.All(e => e is not null && e.Beds is >= 0 and <= 100_000), "exceptions", "beds must be between 0 and 100,000")
            .That(exceptions.All(e => e is not null && e.Night >= details.FirstNight && e.Night <= details.LastNight), "exceptions",
                "each night must be between the first and the last night")
            .That(exceptions.Where(e => e is not null).Select(e => e.Night).Distinct().Count() == exceptions.Count, "exceptions", "must list each night once");
    }

    private void Apply(AccommodationSiteDetails details)
    {
        Code = details.Code;
        Name = details.Name.Trim();
        Address = string.IsNullOrWhiteSpace(details.Address) ? null : details.Address.Trim();
        Beds = details.Beds;
        FirstNight = details.FirstNight;
        LastNight = details.LastNight;
        Exceptions = [.. (details.Exceptions ?? []).OrderBy(e => e.Night)];
    }
}
