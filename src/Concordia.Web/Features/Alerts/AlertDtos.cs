using Concordia.Web.Features.Events;

namespace Concordia.Web.Features.Alerts;

public sealed record AlertLevelChangeDto(string FromLevel, string ToLevel, DateTimeOffset ChangedAt, string ChangedBy, string? Reason);

public sealed record AlertStatusDto(AlertScaleDto Scale, AlertLevelDto Current, IReadOnlyList<AlertLevelChangeDto> History, int EventVersion);

/// <summary>Puts another level in force. <see cref="Version"/> is the event version the client last read.</summary>
public sealed record SetAlertLevelRequest(string Level, string? Reason, int Version);
