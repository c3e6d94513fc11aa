using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Infrastructure;

/// <summary>
/// Turns the exceptions that reach the edge into ProblemDetails: unreadable bodies are 400 naming the JSON path (in
/// every environment, see <see cref="RequestProblems"/>), concurrent writes and a unique key taken by a concurrent save
/// are 409, anything else is a 500 without internals (stack traces only in Development).
/// </summary>
internal sealed partial class ExceptionToProblem(IProblemDetailsService problems, ILogger<ExceptionToProblem> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => RequestProblems.BadJson(httpContext, json),
            BadHttpRequestException bad => RequestProblems.BadRequest(bad),
            DbUpdateException unique when Data.UniqueViolation.Is(unique) => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Conflict",
                Detail = "Someone saved a record with the same key (for example the same personnel number) at the same moment; nothing of yours was saved. Reload and try again.",
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Conflict",
                Detail = "The record was changed or deleted by someone else while you edited it; reload it and apply your change again.",
            },
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };

        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested)
            {
                return true;
            }

            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
