using Xunit;

namespace Cms.Search.Tests;

/// <summary>
/// A fact that depends on files under the shared data directory: it is reported as skipped, not passed,
/// on machines where that data is not available.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(params string[] relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        Relative = relative;
        if (SharedData.Find(relative) is null)
        {
            Skip = $"Shared data not found: shared/{string.Join('/', relative)} (looked upwards from {AppContext.BaseDirectory}).";
        }
    }

    public IReadOnlyList<string> Relative { get; }
}
