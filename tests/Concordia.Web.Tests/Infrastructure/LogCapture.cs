using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Concordia.Web.Tests.Infrastructure;

/// <summary>Keeps the app's log messages of a test, to check what an operator would read.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> messages = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Messages => [.. messages];

    public ILogger CreateLogger(string categoryName) => new Logger(messages);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<(LogLevel, string)> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                messages.Enqueue((logLevel, formatter(state, exception)));
            }
        }
    }
}
