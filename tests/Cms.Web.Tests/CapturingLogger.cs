using Microsoft.Extensions.Logging;

namespace Cms.Web.Tests;

internal sealed class CapturingLogger(string category, CapturingLoggerProvider provider) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => provider.Scopes.Push(state);

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var scopes = new List<string>();
        provider.Scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), scopes);
        provider.Entries.Enqueue(new CapturedLogEntry(category, eventId, logLevel, formatter(state, exception), scopes));
    }
}
