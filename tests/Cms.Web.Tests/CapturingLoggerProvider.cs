using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Cms.Web.Tests;

/// <summary>Keeps every log entry's category, event id and message, for tests about what the site logs.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(string Category, EventId Event, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Entries);

    public void Dispose()
    {
    }

}
