using System.Globalization;

namespace Cms.Web.Localization;

/// <summary>
/// Dates and times as a person types and reads them in the newsroom: the UI culture's short date pattern and
/// 24-hour or culture time (never the browser's locale), in the site's time zone. The one reader and writer of
/// such inputs.
/// </summary>
internal static class UiDates
{
    private static readonly DateTime Sample = new(2030, 12, 31, 14, 30, 0, DateTimeKind.Unspecified);

    /// <summary>A local time as the input shows it: the culture's short date and short time.</summary>
    public static string FormatDateTime(DateTime local, CultureInfo culture) =>
        local.ToString(DateTimePattern(culture), culture);

    public static string FormatDate(DateOnly date, CultureInfo culture) =>
        date.ToString(culture.DateTimeFormat.ShortDatePattern, culture);

    /// <summary>An example of the expected input (31 December, so day and month cannot be confused).</summary>
    public static string DateTimeExample(CultureInfo culture) => FormatDateTime(Sample, culture);

    public static string DateExample(CultureInfo culture) => FormatDate(DateOnly.FromDateTime(Sample), culture);

    /// <summary>Reads a local date and time typed in the culture's pattern (one or two digits for day, month and hour).</summary>
    public static bool TryParseDateTime(string? text, CultureInfo culture, out DateTime local)
    {
        local = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var formats = DatePatterns(culture)
            .SelectMany(date => TimePatterns(culture).Select(time => date + " " + time))
            .ToArray();
        return DateTime.TryParseExact(
            CollapseSpaces(text), formats, culture, DateTimeStyles.AllowLeadingWhite | DateTimeStyles.AllowTrailingWhite, out local);
    }

    /// <summary>Reads a date typed in the culture's short pattern.</summary>
    public static bool TryParseDate(string? text, CultureInfo culture, out DateOnly date)
    {
        date = default;
        return !string.IsNullOrWhiteSpace(text) && DateOnly.TryParseExact(
            text.Trim(), DatePatterns(culture), culture, DateTimeStyles.AllowLeadingWhite | DateTimeStyles.AllowTrailingWhite, out date);
    }

    private static string DateTimePattern(CultureInfo culture) =>
        culture.DateTimeFormat.ShortDatePattern + " " + culture.DateTimeFormat.ShortTimePattern;

    private static string[] DatePatterns(CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.ShortDatePattern;
        var loose = pattern.Replace("dd", "d", StringComparison.Ordinal).Replace("MM", "M", StringComparison.Ordinal);
        return [.. new[] { pattern, loose }.Distinct(StringComparer.Ordinal)];
    }

    private static string[] TimePatterns(CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.ShortTimePattern;
        return [.. new[] { pattern, pattern.Replace("HH", "H", StringComparison.Ordinal).Replace("hh", "h", StringComparison.Ordinal), "H:mm" }
            .Distinct(StringComparer.Ordinal)];
    }

    private static string CollapseSpaces(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
