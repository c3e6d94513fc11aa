namespace Concordia.Planning.Model;

/// <summary>
/// A member's weighted request. It matches a duty when every given field (window, day, site) matches;
/// a <see cref="PreferenceKind.Prefer"/> costs its weight when no duty matches, an Avoid when any does.
/// </summary>
public sealed record Preference(
    string StaffId,
    PreferenceKind Kind,
    int Weight,
    string? WindowId = null,
    DateOnly? Day = null,
    string? SiteId = null);
