using System.Globalization;
using System.Text.RegularExpressions;

namespace Cms.Web.Newsroom.Splitting;

/// <summary>
/// Day-precise dates in Russian, Kyrgyz, Georgian or numeric form. A date written without its year takes the
/// nearest year the text mentions (Kyrgyz and Georgian usually name the year first: "2023-жылдын 15-майынан",
/// "2023 წლის 22 აგვისტოს"); with no year anywhere it takes <c>yearOfPublication</c> when given (a release
/// announcing "22-августа" is published that year), else it is left out. Month-only phrases only lend their year.
/// </summary>
internal static partial class DateFinder
{
    // Checked in order, so "март" is tried before the bare "ма" of май/мая/мае.
    private static readonly string[] MonthStems =
    [
        "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
    ];

    private static readonly string[] GeorgianMonthStems =
    [
        "იანვ", "თებერვ", "მარტ", "აპრილ", "მაის", "ივნის", "ივლის", "აგვისტ", "სექტემბ", "ოქტომბ", "ნოემბ", "დეკემბ",
    ];

    public static IReadOnlyList<DateOnly> Find(string text, int? yearOfPublication = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dates = new SortedSet<DateOnly>();
        var years = new List<(int Position, int Year)>();
        var yearless = new List<(int Position, int Day, int Month)>();

        foreach (Match match in YearMention().Matches(text))
        {
            years.Add((match.Index, Number(match.Groups["y"])));
        }

        foreach (Match match in NumericDate().Matches(text))
        {
            var isIso = match.Groups["iy"].Success;
            var year = Number(match.Groups[isIso ? "iy" : "y"]);
            if (Add(dates, year, Number(match.Groups[isIso ? "im" : "m"]), Number(match.Groups[isIso ? "id" : "d"])))
            {
                years.Add((match.Index, year));
            }
        }

        foreach (Match match in WordDate().Matches(text))
        {
            var month = MonthOf(match.Groups["m"].Value);
            int[] days = match.Groups["d2"].Success
                ? [Number(match.Groups["d"]), Number(match.Groups["d2"])]
                : [Number(match.Groups["d"])];
            foreach (var day in days)
            {
                if (match.Groups["y"].Success)
                {
                    var year = Number(match.Groups["y"]);
                    if (Add(dates, year, month, day))
                    {
                        years.Add((match.Groups["y"].Index, year));
                    }
                }
                else
                {
                    yearless.Add((match.Index, day, month));
                }
            }
        }

        foreach (var (position, day, month) in yearless)
        {
            if (years.Count > 0)
            {
                var nearest = years.MinBy(y => Math.Abs(y.Position - position));
                Add(dates, nearest.Year, month, day);
            }
            else if (yearOfPublication is { } year)
            {
                Add(dates, year, month, day);
            }
        }

        return [.. dates];
    }

    private static bool Add(SortedSet<DateOnly> dates, int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        dates.Add(new DateOnly(year, month, day));
        return true;
    }

    private static int Number(Group group) =>
        int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int MonthOf(string word)
    {
        var lower = word.ToLowerInvariant();
        for (var i = 0; i < 12; i++)
        {
            if (lower.StartsWith(MonthStems[i], StringComparison.Ordinal)
                || lower.StartsWith(GeorgianMonthStems[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    [GeneratedRegex(
        @"(?<![0-9])(?<y>(?:19|20)[0-9]{2})\s*-?\s*(?:год|гг?\.|жыл|ж\.|წ)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearMention();

    // dd.mm.yyyy (or dd/mm/yyyy) and ISO yyyy-mm-dd.
    [GeneratedRegex(
        @"(?<![0-9.])
          (?: (?<d>[0-9]{1,2})[./](?<m>[0-9]{1,2})[./](?<y>(?:19|20)[0-9]{2})
            | (?<iy>(?:19|20)[0-9]{2})-(?<im>[0-9]{2})-(?<id>[0-9]{2}) )
          (?![0-9])",
        RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex NumericDate();

    // "22 августа", "22-августа", "15-майынан", "22 აგვისტოს", "с 15 по 19 мая 2023", "15-19-май".
    [GeneratedRegex(
        @"(?<![0-9.,])(?<d>[0-9]{1,2})
          (?: \s*(?:[-–—]|по|до|и|жана|და)\s* (?<d2>[0-9]{1,2}) )?
          (?: \s*-\s* | \s+ )
          (?<m> (?: январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр
                  | იანვ|თებერვ|მარტ|აპრილ|მაის|ივნის|ივლის|აგვისტ|სექტემბ|ოქტომბ|ნოემბ|დეკემბ ) \p{L}* )
          (?: \s*,?\s* (?<y>(?:19|20)[0-9]{2}) (?![0-9]) )?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex WordDate();
}
