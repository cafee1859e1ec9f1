using System.Globalization;
using System.Text.RegularExpressions;
using Cms.Web.Localization;
using Cms.Web.Newsroom;
using Microsoft.Extensions.Options;

namespace Cms.Web.Infrastructure;

/// <summary>UTC inside; the site's configured time zone only at the edge, when showing or reading a time.</summary>
internal sealed partial class SiteClock(TimeProvider time, IOptions<CmsOptions> options)
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public TimeZoneInfo Zone => zone;

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>
    /// The one reader of a time typed or sent by a user, as UTC: ISO 8601 with an offset (<c>Z</c>,
    /// <c>+06:00</c>) is taken as it says; without one it is a time in the site's zone, never the server's.
    /// </summary>
    /// <exception cref="NewsroomValidationException">Not such a time, or not a time that exists in the zone.</exception>
    public DateTime? ParseInstant(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (OffsetSuffix().IsMatch(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) && text.Length >= 16
                ? withOffset.UtcDateTime
                : throw Invalid(field, text);
        }

        if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw Invalid(field, text);
        }

        return FromLocal(local, text, field);
    }

    /// <summary>
    /// A time typed into a newsroom form: the UI culture's short date and time (<see cref="UiDates"/>) read in the
    /// site's zone; ISO 8601 as <see cref="ParseInstant"/> reads it is accepted too (a pasted value).
    /// </summary>
    /// <exception cref="NewsroomValidationException">Neither, with an example in the culture's format.</exception>
    public DateTime? ParseTyped(string? text, CultureInfo culture, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (UiDates.TryParseDateTime(text, culture, out var local))
        {
            return FromLocal(local, text.Trim(), field);
        }

        try
        {
            return ParseInstant(text, field);
        }
        catch (NewsroomValidationException)
        {
            throw NewsroomValidationException.For(field, "Error.DateTimeFormat", text.Trim(), UiDates.DateTimeExample(culture), zone.Id);
        }
    }

    /// <summary>A UTC time as a newsroom input shows it: local to the site, in the culture's short pattern.</summary>
    public string FormatTyped(DateTime utc, CultureInfo culture) => UiDates.FormatDateTime(ToLocal(utc), culture);

    private DateTime FromLocal(DateTime local, string text, string field)
    {
        try
        {
            return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        }
        catch (ArgumentException)
        {
            throw NewsroomValidationException.For(field, "Error.TimeGap", text, zone.Id);
        }
    }

    private NewsroomValidationException Invalid(string field, string text) =>
        NewsroomValidationException.For(field, "Error.IsoTime", text, zone.Id);

    [GeneratedRegex(@"(Z|[+-]\d\d(:?\d\d)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetSuffix();
}
