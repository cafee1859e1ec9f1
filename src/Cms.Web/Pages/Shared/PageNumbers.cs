using System.Globalization;

namespace Cms.Web.Pages.Shared;

internal static class PageNumbers
{
    public const int Max = 1_000_000;

    /// <summary>Absent means page 1; anything but a whole number from 1 up is not a page.</summary>
    public static bool TryParse(string? text, out int page)
    {
        if (string.IsNullOrEmpty(text))
        {
            page = 1;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page is >= 1 and <= Max;
    }
}
