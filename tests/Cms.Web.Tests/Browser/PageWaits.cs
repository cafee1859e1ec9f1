using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Cms.Web.Tests.Browser;

/// <summary>
/// Waits that poll what the reader sees (the address, an element, an attribute) instead of load events:
/// under a busy CI machine Chromium has twice left a load or DOMContentLoaded event unreported to Playwright,
/// so a wait on an event timed out on a page that had long finished loading.
/// </summary>
internal static class PageWaits
{
    private const float Timeout = 30_000;

    /// <summary>Waits until the page's address path matches <paramref name="pathPattern"/> (a regular expression).</summary>
    public static Task ArriveAtAsync(this IPage page, string pathPattern) =>
        Assertions.Expect(page).ToHaveURLAsync(
            new Regex("^[a-z]+://[^/]+" + pathPattern, RegexOptions.None, TimeSpan.FromSeconds(1)),
            new PageAssertionsToHaveURLOptions { Timeout = Timeout });

    /// <summary>Waits until the element is on the page and visible.</summary>
    public static Task ShowsAsync(this ILocator locator) =>
        Assertions.Expect(locator).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = Timeout });

    /// <summary>Waits until the element's attribute has the value.</summary>
    public static Task HasAttributeAsync(this ILocator locator, string name, string value) =>
        Assertions.Expect(locator).ToHaveAttributeAsync(name, value, new LocatorAssertionsToHaveAttributeOptions { Timeout = Timeout });
}
