using System.Net;
using Microsoft.Extensions.Options;

namespace Cms.Web.Infrastructure;

internal sealed class CmsOptionsValidator : IValidateOptions<CmsOptions>
{
    public ValidateOptionsResult Validate(string? name, CmsOptions options)
    {
        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            return ValidateOptionsResult.Fail($"Cms:TimeZone '{options.TimeZone}' is not a known time zone.");
        }

        if (!string.IsNullOrEmpty(options.PublicBaseUrl) && !IsBaseUrl(options.PublicBaseUrl))
        {
            return ValidateOptionsResult.Fail(
                $"Cms:PublicBaseUrl '{options.PublicBaseUrl}' must be an absolute http or https URL without query or fragment, e.g. https://news.example.org.");
        }

        foreach (var proxy in options.KnownProxies)
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                return ValidateOptionsResult.Fail($"Cms:KnownProxies: '{proxy}' is not an IP address.");
            }
        }

        foreach (var network in options.KnownNetworks)
        {
            if (!IPNetwork.TryParse(network, out _))
            {
                return ValidateOptionsResult.Fail($"Cms:KnownNetworks: '{network}' is not a network in CIDR notation (10.0.0.0/8).");
            }
        }

        return ValidateOptionsResult.Success;
    }

    private static bool IsBaseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo)
        && !text.Contains('#', StringComparison.Ordinal) && !text.Contains('?', StringComparison.Ordinal);
}
