using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Web.Infrastructure;

namespace Concordia.Web.Features.Planning;

/// <summary>
/// A date and time typed into a page (an <c>input type="datetime-local"</c>) read as the event's local time: the
/// instant it names, or a message in words when it is missing or does not exist there (the hour skipped when clocks
/// go forward).
/// </summary>
public static class LocalTimeInput
{
    public static Result<DateTimeOffset> Read(Event ev, DateTime? local, string field, bool required = true)
    {
        if (local is not { } value)
        {
            return required ? Result<DateTimeOffset>.Failure(field, "is required") : Result<DateTimeOffset>.Failure(field, "is empty");
        }

        var unspecified = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
        if (ev.TimeZone.IsInvalidTime(unspecified))
        {
            return Result<DateTimeOffset>.Failure(field, $"does not exist in {EventTime.ZoneName(ev)}: the clocks go forward then");
        }

        return new DateTimeOffset(unspecified, ev.TimeZone.GetUtcOffset(unspecified));
    }

    /// <summary>The value for an <c>input type="datetime-local"</c>: the instant in the event's local time.</summary>
    public static DateTime ToInput(Event ev, DateTime utc) => ev.ToLocal(utc).DateTime;
}
