using Concordia.Web.Features.Events;
using Concordia.Web.Features.Requirements;
using Concordia.Web.Features.Sites;

namespace Concordia.Web.Features.Dashboard;

public sealed record LevelSummary(AlertLevelDto Level, int Persons, DateOnly? PeakDay, int PeakPersons);

/// <summary>Everything the event dashboard shows; requirement figures are null for callers who may not read them.</summary>
public sealed record DashboardModel(
    EventDto Event,
    int Sites,
    int Sectors,
    IReadOnlyDictionary<string, int> SitesByKind,
    int? RequirementRows,
    RequirementTotalsDto? Totals,
    IReadOnlyList<LevelSummary> Levels,
    DateOnly MapDay,
    GeoJsonFeatureCollection Map,
    double[]? Focus,
    IReadOnlyList<PointDto> Route);
