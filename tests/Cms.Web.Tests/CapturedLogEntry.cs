using Microsoft.Extensions.Logging;

namespace Cms.Web.Tests;

internal sealed record CapturedLogEntry(string Category, EventId Event, LogLevel Level, string Message, IReadOnlyList<string> Scopes);
