using System.Collections.Concurrent;

namespace Concordia.Web.Features.Security;

/// <summary>
/// Wrong passwords and second-factor codes are counted per account <em>and</em> client address: after
/// <see cref="SecurityOptions.MaxFailedAccessAttempts"/> failures within <see cref="SecurityOptions.LockoutDuration"/>,
/// that address cannot sign in to that account until the duration has passed since the last failure. The account
/// itself is not locked, so a stranger who knows someone's user name cannot lock them out; guessing from one address
/// is as slow as before, and the per-address rate limit bounds how many accounts one address can try. The counts live
/// in this process's memory: a restart clears them, and several instances count apart.
/// </summary>
public sealed class SignInThrottle(SecurityOptions settings, TimeProvider clock)
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<(string Account, string Source), Failures> failures = new();

    /// <summary>Whether <paramref name="source"/> may not try <paramref name="account"/> now.</summary>
    public bool IsBlocked(string account, string source) =>
        failures.TryGetValue(Key(account, source), out var entry) && entry.Count >= settings.MaxFailedAccessAttempts && !Expired(entry);

    public void Failed(string account, string source)
    {
        if (failures.Count > PruneAbove)
        {
            foreach (var stale in failures.Where(f => Expired(f.Value)).Select(f => f.Key).ToList())
            {
                failures.TryRemove(stale, out _);
            }
        }

        var now = clock.GetUtcNow();
        failures.AddOrUpdate(Key(account, source), _ => new Failures(1, now),
            (_, entry) => Expired(entry) ? new Failures(1, now) : new Failures(entry.Count + 1, now));
    }

    public void Succeeded(string account, string source) => failures.TryRemove(Key(account, source), out _);

    /// <summary>The client address a sign-in comes from, as the rate limits see it.</summary>
    public static string SourceOf(HttpContext? http) => http?.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private bool Expired(Failures entry) => clock.GetUtcNow() - entry.Last >= settings.LockoutDuration;

    private static (string, string) Key(string account, string source) => (account.Trim().ToUpperInvariant(), source);

    private sealed record Failures(int Count, DateTimeOffset Last);
}
