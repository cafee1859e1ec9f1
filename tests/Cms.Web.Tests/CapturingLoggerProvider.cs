using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Cms.Web.Tests;

/// <summary>Keeps every log entry's category, event id, level, message and the scopes it was logged under (as a
/// console formatter that includes scopes shows them), for tests about what the site logs.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    public ConcurrentQueue<CapturedLogEntry> Entries { get; } = new();

    public IExternalScopeProvider Scopes { get; private set; } = new LoggerExternalScopeProvider();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => Scopes = scopeProvider;

    public void Dispose()
    {
    }
}
