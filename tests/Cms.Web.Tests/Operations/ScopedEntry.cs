using Microsoft.Extensions.Logging;

namespace Cms.Web.Tests.Operations;

internal sealed record ScopedEntry(string Category, LogLevel Level, string Message, IReadOnlyList<string> Scopes);
