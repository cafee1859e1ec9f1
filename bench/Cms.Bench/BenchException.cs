namespace Cms.Bench;

/// <summary>A failure the benchmark reports as one line, without a stack trace.</summary>
internal sealed class BenchException(string message) : Exception(message);
