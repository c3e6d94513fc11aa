using System.Diagnostics;
using System.Net;

namespace Concordia.Bench.Load;

/// <summary>
/// A fixed number of clients, each sending its next GET as soon as the last one answered, for a fixed time after a
/// warm-up: throughput and the latency percentiles of the answers, and how many were not 200.
/// </summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(HttpClient http, string path, int clients, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        await LoopAsync(http, path, clients, warmup, null, cancellationToken);
        var latencies = new List<double>[clients];
        var started = Stopwatch.StartNew();
        var failures = await LoopAsync(http, path, clients, duration, latencies, cancellationToken);
        var elapsed = started.Elapsed;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(path, clients, all.Length, failures, all.Length / elapsed.TotalSeconds,
            Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all.Length == 0 ? 0 : all[^1]);
    }

    private static async Task<int> LoopAsync(HttpClient http, string path, int clients, TimeSpan duration, List<double>[]? latencies, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var failures = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var mine = new List<double>();
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
                var milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
                else
                {
                    mine.Add(milliseconds);
                }
            }

            if (latencies is not null)
            {
                latencies[client] = mine;
            }
        }));
        return failures;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>One endpoint's figures: answers per second over the timed run, and latency percentiles in milliseconds.</summary>
internal sealed record LoadResult(string Path, int Clients, int Answers, int Failures, double PerSecond, double P50, double P95, double P99, double Max);
