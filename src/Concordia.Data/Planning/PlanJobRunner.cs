using System.Diagnostics;
using Concordia.Domain.Planning;
using Concordia.Planning.Io;
using Concordia.Planning.Solving;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Concordia.Data.Planning;

/// <summary>
/// Runs plan jobs from the database, in the web process or in <c>concordia worker</c>: marks jobs whose worker
/// stopped as interrupted, claims the oldest waiting job of an event that has none running, builds the problem from
/// the event's data, searches (writing progress and watching for a cancel every <see cref="PlanningOptions.ReportInterval"/>),
/// and keeps the result as a plan version (unless a cancel was asked for meanwhile, even while the version was being
/// written: the job is then cancelled and keeps none). Claims are serialised, so two workers never run jobs of one event
/// at once.
/// </summary>
public sealed partial class PlanJobRunner(IServiceScopeFactory scopes, PlanningOptions options, TimeProvider time, ILogger<PlanJobRunner> logger, ILogger<PlanningEngine> engineLog)
{
    /// <summary>This worker's name in the jobs it runs.</summary>
    public string Worker { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Sweeps, then runs the next waiting job if there is one. True when a job ran.</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        await SweepAsync(ct);
        var job = await ClaimAsync(ct);
        if (job is null)
        {
            return false;
        }

        await RunAsync(job, ct);
        return true;
    }

    /// <summary>
    /// Marks the running jobs whose worker has not reported for <see cref="PlanningOptions.StaleAfter"/> as interrupted,
    /// and returns how many this sweep marked. When another worker changes one of them between this sweep's read and its
    /// write (sweeping it first, or its own worker reporting after all), the sweep looks again: sweeps running in several
    /// processes at once do not fail each other.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SweepOnceAsync(ct);
            }
            catch (DbUpdateConcurrencyException e) when (attempt < 3)
            {
                // Another worker changed one of these jobs between our read and our write: look again.
                LogSweepLost(logger, e.Message);
            }
        }
    }

    private async Task<int> SweepOnceAsync(CancellationToken ct)
    {
        await using var owned = Context();
        var db = owned.Db;
        var now = Now();
        var limit = now - options.StaleAfter;
        var stale = await db.PlanJobs.Where(j => j.State == PlanJobState.Running && (j.HeartbeatAt == null || j.HeartbeatAt < limit)).ToListAsync(ct);
        foreach (var job in stale)
        {
            job.Interrupted(now);
        }

        if (stale.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        foreach (var job in stale)
        {
            LogInterrupted(logger, job.Id, job.Worker);
        }

        return stale.Count;
    }

    /// <summary>Takes the oldest waiting job of an event with no job running, or null.</summary>
    public async Task<PlanJob?> ClaimAsync(CancellationToken ct)
    {
        await using var owned = Context();
        var db = owned.Db;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql())
            {
                // One claim at a time across workers: the check for a running job of the event and the claim are one step.
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(4242001)", ct);
            }

            var running = db.PlanJobs.Where(r => r.State == PlanJobState.Running).Select(r => r.EventId);
            var job = await db.PlanJobs.Where(j => j.State == PlanJobState.Queued && !running.Contains(j.EventId))
                .OrderBy(j => j.RequestedAt).FirstOrDefaultAsync(ct);
            if (job is null || !job.Claim(Worker, Now()).IsSuccess)
            {
                return null;
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return job;
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException && e is not OperationCanceledException)
        {
            // Another worker claimed first (a concurrency conflict, or SQLite refusing the second writer).
            LogClaimLost(logger, e.Message);
            return null;
        }
    }

    /// <summary>Runs a claimed job to its end: a new plan version, a failure, or a cancellation.</summary>
    public async Task RunAsync(PlanJob claimed, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        using var search = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var latest = new Latest();
        try
        {
            await using var owned = Context();
            var db = owned.Db;
            var ev = await db.Events.SingleAsync(e => e.Id == claimed.EventId, ct);
            var settings = await db.PlanningSettings.AsNoTracking().SingleOrDefaultAsync(s => s.EventId == ev.Id, ct) ?? PlanningSettings.DefaultsFor(ev.Id);
            var (problem, map) = await PlanningProblemBuilder.BuildAsync(db, ev, claimed.AlertLevel, settings, claimed.BasedOnVersionId, Now(), ct, logger);
            LogBuilt(logger, claimed.Id, problem.Staff.Count, problem.Demands.Count, clock.Elapsed.TotalSeconds);
            if (ProblemChecker.Check(problem) is { Count: > 0 } errors)
            {
                await FinishAsync(claimed.Id, j => j.Fail("the event's data make no valid planning problem: " + string.Join("; ", errors.Take(5)), Now()), ct);
                return;
            }

            var engine = new PlanningEngine(engineLog);
            var solveOptions = new SolveOptions
            {
                TimeLimit = TimeSpan.FromSeconds(claimed.TimeLimitSeconds),
                Threads = Math.Max(1, Math.Min(2, Environment.ProcessorCount)),
                // A re-arrangement starts from the frozen horizon's published duties alone; any other re-plan from the whole published plan.
                Start = claimed.Trigger == PlanTrigger.RearrangeRequested ? problem.FrozenPublished() : problem.Published,
                Clock = time,

                // An upper bound on the coverage any plan can reach, kept with the version next to the plan's coverage,
                // computed by the engine while it searches: it adds nothing to the time to a plan or a proposal.
                CoverageCeiling = true,
            };
            var solving = Task.Run(() => engine.Solve(problem, solveOptions, latest, search.Token), CancellationToken.None);
            var cancelRequested = false;
            while (!solving.IsCompleted)
            {
                await Task.WhenAny(solving, Task.Delay(options.ReportInterval, CancellationToken.None));
                cancelRequested |= await ReportAsync(claimed.Id, latest.Value, clock.Elapsed, CancellationToken.None);
                if (cancelRequested && !search.IsCancellationRequested)
                {
                    await search.CancelAsync();
                }
            }

            var result = await solving;
            if (cancelRequested)
            {
                await FinishAsync(claimed.Id, j => j.Cancelled(Now()), CancellationToken.None);
                LogCancelled(logger, claimed.Id);
                return;
            }

            if (ct.IsCancellationRequested)
            {
                await FinishAsync(claimed.Id, j => j.Fail("stopped: the worker was shut down before the plan was finished; run it again", Now()), CancellationToken.None);
                return;
            }

            LogSolved(logger, claimed.Id, result.Plan.Assignments.Count, clock.Elapsed.TotalSeconds);
            if (result.Ceiling is { } ceiling)
            {
                LogCeiling(logger, claimed.Id, ceiling.CoverableUnits, ceiling.RequiredUnits, ceiling.Percent,
                    ceiling.WorkingTime ? "working time across days counted" : "places only, working time across days left out", ceiling.Elapsed.TotalSeconds);
            }
            // A cancel asked for after the last report, while the version is written, still wins: the job is cancelled
            // and keeps no version.
            await FinishAsync(claimed.Id, async (db, job) =>
            {
                if (job.CancelRequested)
                {
                    job.Cancelled(Now());
                    await db.SaveChangesAsync(CancellationToken.None);
                    LogCancelled(logger, claimed.Id);
                    return;
                }

                var version = await PlanVersionWriter.SaveAsync(db, job, problem, map, result, Now(), CancellationToken.None);
                LogDone(logger, claimed.Id, version.Number, result.Report.HardViolations, result.Report.Objective, result.Report.CoveragePercent, clock.Elapsed.TotalSeconds);
            });
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogFailed(logger, claimed.Id, e);
            await FinishAsync(claimed.Id, j => j.Fail($"the plan could not be made: {e.Message}", Now()), CancellationToken.None);
        }
    }

    /// <summary>Writes the latest progress and the heartbeat; returns whether someone asked to cancel.</summary>
    private async Task<bool> ReportAsync(Guid id, PlanProgress? p, TimeSpan elapsed, CancellationToken ct)
    {
        await using var owned = Context();
        var db = owned.Db;
        var now = Now();
        if (p is null)
        {
            await db.PlanJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.HeartbeatAt, now), ct);
        }
        else
        {
            await db.PlanJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.HeartbeatAt, now)
                .SetProperty(j => j.Phase, p.Phase.ToString().ToLowerInvariant())
                .SetProperty(j => j.HardViolations, p.HardViolations)
                .SetProperty(j => j.Objective, p.Objective)
                .SetProperty(j => j.CoveragePercent, p.CoveragePercent)
                .SetProperty(j => j.ElapsedSeconds, elapsed.TotalSeconds), ct);
        }

        return await db.PlanJobs.Where(j => j.Id == id).Select(j => j.CancelRequested).SingleAsync(ct);
    }

    private Task FinishAsync(Guid id, Action<PlanJob> finish, CancellationToken ct) =>
        FinishAsync(id, (db, job) =>
        {
            finish(job);
            return db.SaveChangesAsync(ct);
        });

    /// <summary>
    /// Finishes the job, unless it has finished already, in a context of its own. When someone changes the job between
    /// the read and the write (asks to cancel it, or a sweep marks it), the write fails on the job's version and nothing
    /// of it is kept; the job is read again and finished as it then is, so a finish never fails on a cancel request
    /// and never leaves the job running.
    /// </summary>
    private async Task FinishAsync(Guid id, Func<ConcordiaDbContext, PlanJob, Task> finish)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var owned = Context();
            var db = owned.Db;
            var job = await db.PlanJobs.SingleAsync(j => j.Id == id, CancellationToken.None);
            if (job.IsFinished)
            {
                return;
            }

            try
            {
                await finish(db, job);
                return;
            }
            catch (DbUpdateConcurrencyException e) when (attempt < 3)
            {
                LogFinishLost(logger, id, e.Message);
            }
        }
    }

    private Owned Context()
    {
        var scope = scopes.CreateAsyncScope();
        return new Owned(scope, SystemContext.Create(scope.ServiceProvider, "planning worker"));
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    /// <summary>A context of the worker's own, with the scope that made it.</summary>
    private sealed record Owned(AsyncServiceScope Scope, ConcordiaDbContext Db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Db.DisposeAsync();
            await Scope.DisposeAsync();
        }
    }

    private sealed class Latest : IProgress<PlanProgress>
    {
        public volatile PlanProgress? Value;

        public void Report(PlanProgress value) => Value = value;
    }

    [LoggerMessage(EventId = 1400, Level = LogLevel.Information, Message = "Plan job {Job}: problem built ({Staff} staff, {Demands} demand lines) in {Seconds:F1} s")]
    private static partial void LogBuilt(ILogger logger, Guid job, int staff, int demands, double seconds);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information,
        Message = "Plan job {Job}: version {Number} kept ({Hard} hard violations, objective {Objective}, coverage {Coverage:F2}%) after {Seconds:F1} s")]
    private static partial void LogDone(ILogger logger, Guid job, int number, long hard, long objective, double coverage, double seconds);

    [LoggerMessage(EventId = 1407, Level = LogLevel.Information, Message = "Plan job {Job}: coverage ceiling {Coverable} of {Required} demand units ({Percent:F2}%, {Counted}) computed in {Seconds:F2} s")]
    private static partial void LogCeiling(ILogger logger, Guid job, long coverable, long required, double percent, string counted, double seconds);

    [LoggerMessage(EventId = 1406, Level = LogLevel.Information, Message = "Plan job {Job}: plan and report ready ({Assignments} assignments) at {Seconds:F1} s; writing the version")]
    private static partial void LogSolved(ILogger logger, Guid job, int assignments, double seconds);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Information, Message = "Plan job {Job} cancelled")]
    private static partial void LogCancelled(ILogger logger, Guid job);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Error, Message = "Plan job {Job} failed")]
    private static partial void LogFailed(ILogger logger, Guid job, Exception exception);

    [LoggerMessage(EventId = 1404, Level = LogLevel.Warning, Message = "Plan job {Job} was interrupted: its worker {Worker} stopped reporting")]
    private static partial void LogInterrupted(ILogger logger, Guid job, string? worker);

    [LoggerMessage(EventId = 1405, Level = LogLevel.Debug, Message = "Another worker claimed the job first: {Reason}")]
    private static partial void LogClaimLost(ILogger logger, string reason);

    [LoggerMessage(EventId = 1408, Level = LogLevel.Debug, Message = "Another worker swept a job first: {Reason}")]
    private static partial void LogSweepLost(ILogger logger, string reason);

    [LoggerMessage(EventId = 1409, Level = LogLevel.Information, Message = "Plan job {Job} changed while it was being finished (a cancel request or a sweep); reading it again: {Reason}")]
    private static partial void LogFinishLost(ILogger logger, Guid job, string reason);
}
