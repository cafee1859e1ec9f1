using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Cms.Web.Tests;

internal sealed class CapturingLogger(string category, ConcurrentQueue<(string Category, EventId Event, string Message)> entries) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        entries.Enqueue((category, eventId, formatter(state, exception)));
}
