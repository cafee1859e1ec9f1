using System.Globalization;

namespace Cms.Web.Tests.Operations;

/// <summary>A Prometheus text exposition, read as the series of one metric.</summary>
internal sealed class Scrape(string text)
{
    public string Text { get; } = text;

    /// <summary>The sum of the values of <paramref name="metric"/>'s series whose labels contain every one of
    /// <paramref name="labels"/> (<c>outcome="applied"</c>); null when it has none.</summary>
    public double? Value(string metric, params string[] labels)
    {
        double? sum = null;
        foreach (var line in Text.Split('\n'))
        {
            if (!line.StartsWith(metric + "{", StringComparison.Ordinal) && !line.StartsWith(metric + " ", StringComparison.Ordinal))
            {
                continue;
            }

            var end = line.LastIndexOf('}');
            var series = end < 0 ? "" : line[..end];
            if (labels.All(l => series.Contains(l, StringComparison.Ordinal)))
            {
                var value = line[(line.LastIndexOf(' ') + 1)..];
                sum = (sum ?? 0) + double.Parse(value, CultureInfo.InvariantCulture);
            }
        }

        return sum;
    }
}
